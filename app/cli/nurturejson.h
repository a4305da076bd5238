#pragma once

#include "domain/activity.h"
#include "domain/agendaitem.h"
#include "domain/deal.h"
#include "domain/followup.h"
#include "domain/scoreexplanation.h"
#include "domain/sourcestats.h"
#include "domain/stagechange.h"
#include "domain/timelineentry.h"

#include <QJsonObject>

namespace kizuna::cli {

/// The CLI's JSON for the nurturing records: stable keys, dates as YYYY-MM-DD, local times
/// as YYYY-MM-DDTHH:MM:SS, null for what is unknown.
QJsonValue dateOrNull(const QDate &date);
QJsonValue localTimeOrNull(const QDateTime &time);
/// `object` with created_by, changed_by and version added.
QJsonObject withAuthorship(QJsonObject object, const Authorship &authorship);
QJsonObject followUpToJson(const FollowUp &followUp);
QJsonObject activityToJson(const Activity &activity);
QJsonObject dealToJson(const Deal &deal);
QJsonObject stageChangeToJson(const StageChange &change);
QJsonObject agendaItemToJson(const AgendaItem &item);
QJsonObject scoreToJson(qint64 contactId, const ScoreExplanation &score);
QJsonObject sourceStatsToJson(const SourceStats &stats);
QJsonObject timelineEntryToJson(const TimelineEntry &entry);

} // namespace kizuna::cli
