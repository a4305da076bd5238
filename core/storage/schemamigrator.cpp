#include "schemamigrator.h"

#include "database.h"
#include "transaction.h"

namespace kizuna {

SchemaMigrator::SchemaMigrator(const Database &db)
    : m_db(db)
{}

const QList<Migration> &SchemaMigrator::migrations()
{
    static const QList<Migration> steps{migrationV1(), migrationV2(),  migrationV3(), migrationV4(),
                                        migrationV5(), migrationV6(),  migrationV7(), migrationV8(),
                                        migrationV9(), migrationV10(), migrationV11()};
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
    static const Migration baseline = postgresBaseline();
    // A server never held the early versions: a new one starts at the baseline's.
    const bool fromBaseline = m_db.isServer() && current < baseline.version;
    if (fromBaseline)
        pending.append(&baseline);
    const int after = fromBaseline ? baseline.version : current;
    for (const Migration &step : migrations()) {
        if (step.version > after && step.version <= targetVersion)
            pending.append(&step);
    }
    if (pending.isEmpty())
        return;
    // One transaction for the whole upgrade: it happens completely or not at all.
    Transaction transaction(m_db);
    for (const Migration *step : std::as_const(pending)) {
        const bool serverStep = m_db.isServer() && step != &baseline;
        for (const QString &statement : serverStep ? step->serverStatements : step->statements)
            m_db.execute(statement);
    }
    // Code steps rebuild derived data with today's code, which reads and writes the latest
    // schema: they run once every statement is applied, and only on the way to the latest
    // version (stopping earlier is for tests of the statements and fixtures).
    // A server's baseline starts empty: there is nothing to rebuild.
    if (targetVersion == latestVersion() && !fromBaseline) {
        for (const Migration *step : std::as_const(pending)) {
            if (step->code)
                step->code(m_db);
        }
    }
    m_db.setSchemaVersion(pending.last()->version);
    transaction.commit();
}

} // namespace kizuna
