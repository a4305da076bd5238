#include "schemamigrator.h"

#include "database.h"
#include "transaction.h"

namespace kizuna {

SchemaMigrator::SchemaMigrator(const Database &db)
    : m_db(db)
{}

const QList<Migration> &SchemaMigrator::migrations()
{
    static const QList<Migration> steps{migrationV1(), migrationV2()};
    return steps;
}

int SchemaMigrator::latestVersion()
{
    return static_cast<int>(migrations().size());
}

void SchemaMigrator::migrate(int targetVersion) const
{
    int current = m_db.schemaVersion();
    for (const Migration &step : migrations()) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        Transaction transaction(m_db);
        for (const QString &statement : step.statements)
            m_db.execute(statement);
        if (step.code)
            step.code(m_db);
        // PRAGMA takes no bound parameters; the version is a compile-time step number.
        m_db.execute(QStringLiteral("PRAGMA user_version = ") + QString::number(step.version));
        transaction.commit();
        current = step.version;
    }
}

} // namespace kizuna
