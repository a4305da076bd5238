#include "schemamigrator.h"

#include "database.h"
#include "transaction.h"

namespace kizuna {

SchemaMigrator::SchemaMigrator(const Database &db)
    : m_db(db)
{}

const QList<Migration> &SchemaMigrator::migrations()
{
    static const QList<Migration> steps{migrationV1(), migrationV2(), migrationV3(), migrationV4(),
                                        migrationV5()};
    return steps;
}

int SchemaMigrator::latestVersion()
{
    return static_cast<int>(migrations().size());
}

void SchemaMigrator::migrate(int targetVersion) const
{
    const int current = m_db.schemaVersion();
    QList<const Migration *> pending;
    for (const Migration &step : migrations()) {
        if (step.version > current && step.version <= targetVersion)
            pending.append(&step);
    }
    if (pending.isEmpty())
        return;
    // One transaction for the whole upgrade: it happens completely or not at all.
    Transaction transaction(m_db);
    for (const Migration *step : std::as_const(pending)) {
        for (const QString &statement : step->statements)
            m_db.execute(statement);
    }
    // Code steps rebuild derived data with today's code, which reads and writes the latest
    // schema: they run once every statement is applied, and only on the way to the latest
    // version (stopping earlier is for tests of the statements and fixtures).
    if (targetVersion == latestVersion()) {
        for (const Migration *step : std::as_const(pending)) {
            if (step->code)
                step->code(m_db);
        }
    }
    // PRAGMA takes no bound parameters; the version is a compile-time step number.
    m_db.execute(QStringLiteral("PRAGMA user_version = ") +
                 QString::number(pending.last()->version));
    transaction.commit();
}

} // namespace kizuna
