#include "contactjson.h"

#include "domain/personname.h"
#include "domain/stage.h"
#include "nurturejson.h"

#include <QJsonArray>

namespace kizuna::cli {

namespace {
QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject contactToJson(const Contact &c)
{
    return withAuthorship(
        QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("display_name"), displayName(c, NameOrder::FamilyFirst)},
            {QStringLiteral("family_name"), c.familyName},
            {QStringLiteral("given_name"), c.givenName},
            {QStringLiteral("family_kana"), c.familyKana},
            {QStringLiteral("given_kana"), c.givenKana},
            {QStringLiteral("reading_guessed"), c.readingGuessed},
            {QStringLiteral("company"), c.company},
            {QStringLiteral("department"), c.department},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("email2"), c.email2},
            {QStringLiteral("phone_work"), c.phoneWork},
            {QStringLiteral("phone_direct"), c.phoneDirect},
            {QStringLiteral("phone_mobile"), c.phoneMobile},
            {QStringLiteral("fax"), c.fax},
            {QStringLiteral("postal_code"), c.postalCode},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("url"), c.url},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("stage"), stageKey(c.stage)},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("owner"), c.owner},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
            {QStringLiteral("card_exchanged_on"), dateOrNull(c.cardExchangedOn)},
            {QStringLiteral("details_confirmed_at"), localTimeOrNull(c.detailsConfirmedAt)},
            {QStringLiteral("score"), c.score},
            {QStringLiteral("created_at"), timeOrNull(c.createdAt)},
            {QStringLiteral("updated_at"), timeOrNull(c.updatedAt)},
            {QStringLiteral("deleted_at"), timeOrNull(c.deletedAt)},
        },
        c.authorship);
}

QJsonObject sourceToJson(const Source &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("kind"), sourceKindKey(s.kind)},
                       {QStringLiteral("cost"), s.cost},
                       {QStringLiteral("currency"), s.currency},
                       {QStringLiteral("started_on"), dateOrNull(s.startedOn)},
                       {QStringLiteral("ended_on"), dateOrNull(s.endedOn)},
                       {QStringLiteral("notes"), s.notes},
                       {QStringLiteral("contacts"), s.contactCount}};
}

QJsonObject tagToJson(const Tag &tag)
{
    return QJsonObject{{QStringLiteral("id"), tag.id},
                       {QStringLiteral("name"), tag.name},
                       {QStringLiteral("contacts"), tag.contactCount}};
}

} // namespace kizuna::cli
