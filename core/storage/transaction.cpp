#include "transaction.h"

#include "database.h"

namespace kizuna {

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    m_db.execute(QStringLiteral("BEGIN IMMEDIATE"));
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
