#include "activityservice.h"

#include "cadencekeeper.h"
#include "nurturesettings.h"
#include "scorekeeper.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/stagehistoryrepository.h"
#include "storage/transaction.h"

namespace kizuna {

ActivityService::ActivityService(Database &db, const QDate &today)
    : m_db(db)
    , m_today(today)
{}

qint64 ActivityService::logWithin(const Database &db, Activity activity, const QDate &today)
{
    StageHistoryRepository(db).current(activity.contactId); // throws for an unknown contact
    if (!activity.occurredAt.isValid())
        activity.occurredAt =
            QDateTime(today, QTime::currentTime().addMSecs(-QTime::currentTime().msec()));
    const qint64 id = ActivityRepository(db).add(activity);
    CadenceKeeper(db, NurtureSettings::load(SettingsRepository(db)), today)
        .afterTouch(activity.contactId, activity.occurredAt.date());
    ScoreKeeper(db).recompute(activity.contactId, today);
    return id;
}

qint64 ActivityService::log(Activity activity)
{
    Transaction transaction(m_db);
    const qint64 id = logWithin(m_db, std::move(activity), m_today);
    transaction.commit();
    return id;
}

QList<Activity> ActivityService::list(qint64 contactId, int limit) const
{
    ActivityRepository activities(m_db);
    if (contactId == 0)
        return activities.list(limit);
    QList<Activity> list = activities.forContact(contactId);
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

} // namespace kizuna
