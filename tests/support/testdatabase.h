#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace kizuna::test {

/// A fresh, migrated database in its own temporary folder, removed with the object.
class TestDatabase final
{
public:
    explicit TestDatabase(int migrateTo = -1);

    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    /// Closes the connection (to reopen the file or inspect it on disk).
    void close() { m_db.reset(); }
    /// Opens the file again with the latest schema.
    Database &reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace kizuna::test
