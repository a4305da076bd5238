#include "nurturejson.h"

#include "domain/contact.h"
#include "domain/personname.h"

#include <QJsonArray>

namespace kizuna::cli {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue localTimeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                          : QJsonValue();
}

namespace {
QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}
} // namespace

QJsonObject withAuthorship(QJsonObject object, const Authorship &authorship)
{
    object.insert(QStringLiteral("created_by"), authorship.createdBy);
    object.insert(QStringLiteral("changed_by"), authorship.changedBy);
    object.insert(QStringLiteral("version"), authorship.version);
    return object;
}

QJsonObject followUpToJson(const FollowUp &f)
{
    return withAuthorship(
        QJsonObject{
            {QStringLiteral("id"), f.id},
            {QStringLiteral("contact_id"), f.contactId},
            {QStringLiteral("due_on"), dateOrNull(f.dueOn)},
            {QStringLiteral("due_at"), f.dueAt.isValid()
                                           ? QJsonValue(f.dueAt.toString(QStringLiteral("HH:mm")))
                                           : QJsonValue()},
            {QStringLiteral("channel"), channelKey(f.channel)},
            {QStringLiteral("purpose"), f.purpose},
            {QStringLiteral("status"), followUpStatusKey(f.status)},
            {QStringLiteral("assigned_to"), f.assignedTo},
            {QStringLiteral("cadence"), f.cadence},
            {QStringLiteral("completed_on"), dateOrNull(f.completedOn)},
        },
        f.authorship);
}

QJsonObject activityToJson(const Activity &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("contact_id"), a.contactId},
        {QStringLiteral("occurred_at"), localTimeOrNull(a.occurredAt)},
        {QStringLiteral("channel"), channelKey(a.channel)},
        {QStringLiteral("direction"), directionKey(a.direction)},
        {QStringLiteral("summary"), a.summary},
        {QStringLiteral("outcome"), outcomeKey(a.outcome)},
    };
}

QJsonObject dealToJson(const Deal &d)
{
    return withAuthorship(
        QJsonObject{
            {QStringLiteral("id"), d.id},
            {QStringLiteral("contact_id"), d.contactId},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("amount"), d.amount},
            {QStringLiteral("currency"), d.currency},
            {QStringLiteral("expected_close_on"), dateOrNull(d.expectedCloseOn)},
            {QStringLiteral("status"), dealStatusKey(d.status)},
            {QStringLiteral("closed_on"), dateOrNull(d.closedOn)},
            {QStringLiteral("created_on"), dateOrNull(d.createdOn)},
        },
        d.authorship);
}

QJsonObject stageChangeToJson(const StageChange &c)
{
    return QJsonObject{
        {QStringLiteral("from"), c.from ? QJsonValue(stageKey(*c.from)) : QJsonValue()},
        {QStringLiteral("to"), stageKey(c.to)},
        {QStringLiteral("changed_on"), dateOrNull(c.changedOn)},
        {QStringLiteral("note"), c.note},
    };
}

QJsonObject agendaItemToJson(const AgendaItem &item)
{
    QJsonObject object = followUpToJson(item.followUp);
    Contact person;
    person.familyName = item.familyName;
    person.givenName = item.givenName;
    object.insert(QStringLiteral("name"), displayName(person, NameOrder::FamilyFirst));
    object.insert(QStringLiteral("company"), item.company);
    object.insert(QStringLiteral("title"), item.title);
    object.insert(QStringLiteral("phone_work"), item.phoneWork);
    object.insert(QStringLiteral("phone_direct"), item.phoneDirect);
    object.insert(QStringLiteral("phone_mobile"), item.phoneMobile);
    object.insert(QStringLiteral("email"), item.email);
    object.insert(QStringLiteral("stage"), stageKey(item.stage));
    object.insert(QStringLiteral("score"), item.score);
    object.insert(QStringLiteral("last_touch"),
                  item.lastTouchAt.isValid()
                      ? QJsonValue(QJsonObject{
                            {QStringLiteral("occurred_at"), localTimeOrNull(item.lastTouchAt)},
                            {QStringLiteral("summary"), item.lastTouchSummary}})
                      : QJsonValue());
    return object;
}

QJsonObject scoreToJson(qint64 contactId, const ScoreExplanation &score)
{
    QJsonArray explanation;
    for (const auto &p : score.points)
        explanation.append(QJsonObject{{QStringLiteral("points"), p.points},
                                       {QStringLiteral("reason"), p.reason}});
    return QJsonObject{{QStringLiteral("contact_id"), contactId},
                       {QStringLiteral("score"), score.score},
                       {QStringLiteral("explanation"), explanation}};
}

QJsonObject sourceStatsToJson(const SourceStats &s)
{
    return QJsonObject{
        {QStringLiteral("name"), s.sourceId ? QJsonValue(s.name) : QJsonValue()},
        {QStringLiteral("kind"), sourceKindKey(s.kind)},
        {QStringLiteral("leads"), s.leads},
        {QStringLiteral("customers"), s.customers},
        {QStringLiteral("revenue"), s.revenue},
        {QStringLiteral("cost"), s.cost},
        {QStringLiteral("currency"), s.currency},
        {QStringLiteral("cost_per_customer"), numberOrNull(s.costPerCustomer())},
        {QStringLiteral("roi"), numberOrNull(s.roi())},
    };
}

QJsonObject timelineEntryToJson(const TimelineEntry &e)
{
    QJsonObject object{
        {QStringLiteral("kind"), timelineKindKey(e.kind)},
        {QStringLiteral("at"), localTimeOrNull(e.at)},
        {QStringLiteral("summary"), e.summary},
    };
    if (e.kind == TimelineEntry::Kind::Activity) {
        object.insert(QStringLiteral("channel"), e.channel);
        object.insert(QStringLiteral("direction"), e.direction);
        object.insert(QStringLiteral("outcome"), e.outcome);
    }
    return object;
}

} // namespace kizuna::cli
