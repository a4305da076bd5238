#include "transaction.h"

#include "database.h"

namespace kizuna {

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    // IMMEDIATE takes SQLite's write lock now rather than failing at the first write; a
    // server locks row by row.
    m_db.execute(m_db.isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    // Destructors must not throw; a failed rollback leaves SQLite to roll back on close.
    try {
        m_db.execute(QStringLiteral("ROLLBACK"));
    } catch (const StorageError &) {
    }
}

void Transaction::commit()
{
    m_db.execute(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace kizuna
