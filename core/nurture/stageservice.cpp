#include "stageservice.h"

#include "cadencekeeper.h"
#include "nurturesettings.h"
#include "scorekeeper.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/stagehistoryrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kizuna {

StageService::StageService(Database &db, const QDate &today)
    : m_db(db)
    , m_today(today)
{}

int StageService::set(const QList<qint64> &contactIds, Stage stage, const QString &note,
                      const QDate &on)
{
    return static_cast<int>(change(contactIds, stage, note, on).size());
}

QList<StageChange> StageService::change(const QList<qint64> &contactIds, Stage stage,
                                        const QString &note, const QDate &on)
{
    const QDate day = on.isValid() ? on : m_today;
    if (day > m_today)
        throw ValidationError(
            QStringLiteral("on"),
            QCoreApplication::translate("Stages", "a stage change cannot be dated in the future"));
    Transaction transaction(m_db);
    StageHistoryRepository stages(m_db);
    CadenceKeeper cadence(m_db, NurtureSettings::load(SettingsRepository(m_db)), m_today);
    ScoreKeeper scores(m_db);
    QList<StageChange> steps;
    for (qint64 id : contactIds) {
        if (!stages.change(id, stage, day, note))
            continue;
        cadence.afterStageChange(id, stage);
        scores.recompute(id, m_today);
        if (const auto step = stages.latest(id))
            steps.append(*step);
    }
    transaction.commit();
    return steps;
}

void StageService::undoChange(qint64 contactId, Stage from, Stage to)
{
    StageChange step;
    step.contactId = contactId;
    step.from = from;
    step.to = to;
    undoChanges({step});
}

void StageService::undoChanges(const QList<StageChange> &steps)
{
    Transaction transaction(m_db);
    StageHistoryRepository stages(m_db);
    CadenceKeeper cadence(m_db, NurtureSettings::load(SettingsRepository(m_db)), m_today);
    ScoreKeeper scores(m_db);
    for (const StageChange &step : steps) {
        const auto latest = stages.latest(step.contactId);
        // Throwing rolls back the steps this call took back already: all or none.
        if (!step.from || !latest || latest->from != step.from || latest->to != step.to ||
            stages.current(step.contactId) != step.to)
            throw StorageError(StorageError::Kind::Conflict, m_db.path(),
                               QCoreApplication::translate(
                                   "Stages", "the stage was changed again in another window or "
                                             "program since; it was left as it is"));
        stages.removeLatest(*latest);
        cadence.afterStageChange(step.contactId, *step.from);
        scores.recompute(step.contactId, m_today);
    }
    transaction.commit();
}

QList<StageChange> StageService::history(qint64 contactId) const
{
    return StageHistoryRepository(m_db).history(contactId);
}

} // namespace kizuna
