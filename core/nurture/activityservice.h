#pragma once

#include "domain/activity.h"

#include <QDate>
#include <QList>

namespace kizuna {

class Database;

/// Logs touches. A touch re-times the contact's cadence follow-up (the cadence counts from
/// the last touch) and changes the score.
class ActivityService final
{
public:
    ActivityService(Database &db, const QDate &today);

    /// Stores the touch (now, when it has no time) and returns its id. Throws
    /// StorageError(NotFound) for an unknown contact.
    qint64 log(Activity activity);
    /// A contact's touches, newest first; all live contacts' when `contactId` is 0.
    QList<Activity> list(qint64 contactId, int limit = 1000) const;

    /// Does the work of log() inside the caller's transaction.
    static qint64 logWithin(const Database &db, Activity activity, const QDate &today);

private:
    Database &m_db;
    QDate m_today;
};

} // namespace kizuna
