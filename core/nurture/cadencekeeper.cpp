#include "cadencekeeper.h"

#include "storage/activityrepository.h"
#include "storage/followuprepository.h"
#include "storage/stagehistoryrepository.h"

#include <QCoreApplication>

namespace kizuna {

CadenceKeeper::CadenceKeeper(const Database &db, const NurtureSettings &settings,
                             const QDate &today)
    : m_db(db)
    , m_settings(settings)
    , m_calendar(settings.skipWeekends, settings.skipHolidays)
    , m_today(today)
{}

QDate CadenceKeeper::dueAfter(Stage stage, const QDate &from) const
{
    const int days = m_settings.cadenceFor(stage);
    if (days <= 0)
        return {};
    const QDate due = from.addDays(days);
    return m_calendar.onOrAfter(due < m_today ? m_today : due);
}

QString CadenceKeeper::purposeFor(Stage stage) const
{
    return QCoreApplication::translate("Cadence", "regular follow-up (%1, every %2 days)")
        .arg(stageKey(stage))
        .arg(m_settings.cadenceFor(stage));
}

QDate CadenceKeeper::lastTouchOrToday(qint64 contactId) const
{
    const auto last = ActivityRepository(m_db).last(contactId);
    return last ? last->occurredAt.date() : m_today;
}

void CadenceKeeper::afterTouch(qint64 contactId, const QDate &day)
{
    FollowUpRepository followUps(m_db);
    auto cadence = followUps.openCadence(contactId);
    if (!cadence)
        return;
    // A touch logged late for an earlier day counts from the most recent touch.
    const QDate last = lastTouchOrToday(contactId);
    const QDate due =
        dueAfter(StageHistoryRepository(m_db).current(contactId), last > day ? last : day);
    if (due.isValid() && due != cadence->dueOn) {
        cadence->dueOn = due;
        // Left alone when another client closed it since it was read, not reopened.
        followUps.updateIfOpen(*cadence);
    }
}

void CadenceKeeper::afterStageChange(qint64 contactId, Stage stage)
{
    FollowUpRepository followUps(m_db);
    auto cadence = followUps.openCadence(contactId);
    if (m_settings.cadenceFor(stage) <= 0) {
        if (cadence) {
            cadence->status = FollowUpStatus::Skipped;
            cadence->completedOn = m_today;
            followUps.updateIfOpen(*cadence);
        }
        return;
    }
    if (!cadence) {
        if (!followUps.nextOpen(contactId))
            ensure(contactId, stage, lastTouchOrToday(contactId));
        return;
    }
    cadence->dueOn = dueAfter(stage, lastTouchOrToday(contactId));
    cadence->purpose = purposeFor(stage);
    followUps.updateIfOpen(*cadence);
}

qint64 CadenceKeeper::ensure(qint64 contactId, Stage stage, const QDate &from)
{
    FollowUpRepository followUps(m_db);
    followUps.lockForCadence(contactId);
    if (const auto open = followUps.openCadence(contactId))
        return open->id;
    const QDate due = dueAfter(stage, from);
    if (!due.isValid())
        return 0;
    FollowUp f;
    f.contactId = contactId;
    f.dueOn = due;
    f.channel = Channel::Phone;
    f.purpose = purposeFor(stage);
    f.cadence = true;
    return followUps.add(f);
}

} // namespace kizuna
