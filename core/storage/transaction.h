#pragma once

namespace kizuna {

class Database;

/// A write transaction begun with BEGIN IMMEDIATE, so a second writer waits at the start
/// instead of failing half-way. It rolls back on destruction unless commit() succeeded:
/// an exception anywhere between the two leaves the database as it was.
class Transaction final
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Throws StorageError when the commit fails (disk full, for example); the transaction
    /// is then rolled back.
    void commit();

private:
    const Database &m_db;
    bool m_done = false;
};

} // namespace kizuna
