#include "contactrows.h"

#include "database.h"
#include "rowversion.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "text/textnormalizer.h"

#include <QVariant>

namespace kizuna::contactrows {

QString selectSql(const Database &db, const QString &contactsTable)
{
    return QStringLiteral(
               "SELECT c.id, c.family_name, c.given_name, c.family_kana, c.given_kana, "
               "c.reading_guessed, co.name, c.department, c.title, c.email, c.email2, "
               "c.phone_work, c.phone_direct, c.phone_mobile, c.fax, c.postal_code, c.address, "
               "c.url, c.notes, s.name, c.stage, c.card_exchanged_on, c.created_at, "
               "c.updated_at, c.deleted_at, c.sort_key, (SELECT %2 "
               "FROM contact_tags ct WHERE ct.contact_id = c.id), "
               "c.score, c.details_confirmed_at, c.owner, c.created_by, c.changed_by, "
               "c.row_version FROM %1 "
               "LEFT JOIN companies co ON co.id = c.company_id "
               "LEFT JOIN sources s ON s.id = c.source_id ")
        .arg(contactsTable,
             // Each tag's name is looked up by its key: as a join, a server built a hash of
             // every tag for each row of a page.
             sqldialect::joined(
                 db, QStringLiteral("(SELECT t.name FROM tags t WHERE t.id = ct.tag_id)"),
                 sqldialect::unitSeparator(db)));
}

const QString &selectSql(const Database &db)
{
    if (db.isServer()) {
        static const QString server = selectSql(db, QStringLiteral("contacts c"));
        return server;
    }
    static const QString file = selectSql(db, QStringLiteral("contacts c"));
    return file;
}

Contact contactFrom(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.familyName = q.value(1).toString();
    c.givenName = q.value(2).toString();
    c.familyKana = q.value(3).toString();
    c.givenKana = q.value(4).toString();
    c.readingGuessed = q.value(5).toBool();
    c.company = q.value(6).toString();
    c.department = q.value(7).toString();
    c.title = q.value(8).toString();
    c.email = q.value(9).toString();
    c.email2 = q.value(10).toString();
    c.phoneWork = q.value(11).toString();
    c.phoneDirect = q.value(12).toString();
    c.phoneMobile = q.value(13).toString();
    c.fax = q.value(14).toString();
    c.postalCode = q.value(15).toString();
    c.address = q.value(16).toString();
    c.url = q.value(17).toString();
    c.notes = q.value(18).toString();
    c.source = q.value(19).toString();
    c.stage = stageFromKey(q.value(20).toString()).value_or(Stage::Cold);
    c.cardExchangedOn = sql::toDate(q.value(21));
    c.createdAt = sql::toDateTime(q.value(22));
    c.updatedAt = sql::toDateTime(q.value(23));
    c.deletedAt = sql::toDateTime(q.value(24));
    const QString tags = q.value(26).toString();
    if (!tags.isEmpty()) {
        c.tags = tags.split(QChar(31));
        c.tags.sort();
    }
    c.score = q.value(27).toInt();
    c.detailsConfirmedAt = sql::toLocalDateTime(q.value(28));
    c.owner = q.value(29).toString();
    c.authorship = rowversion::from(q, 30);
    return c;
}

Filter filterOf(const Database &db, const ContactListQuery &query)
{
    Filter f;
    f.sql = query.inTrash ? QStringLiteral(" AND c.deleted_at IS NOT NULL")
                          : QStringLiteral(" AND c.deleted_at IS NULL");
    if (query.stage) {
        f.sql += QStringLiteral(" AND c.stage = ?");
        f.values.append(stageKey(*query.stage));
    }
    if (!query.source.isEmpty()) {
        f.sql += QStringLiteral(" AND c.source_id = (SELECT id FROM sources WHERE name = ?)");
        f.values.append(query.source.trimmed());
    }
    if (!query.tag.isEmpty()) {
        f.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM contact_tags ct JOIN tags t ON "
                                "t.id = ct.tag_id WHERE ct.contact_id = c.id AND t.match_key = ?)");
        f.values.append(TextNormalizer::fold(query.tag));
    }
    if (query.withoutOpenFollowUp)
        f.sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE "
                                "f.contact_id = c.id AND f.status = 'open')");
    if (query.readingGuessedOnly)
        f.sql += QStringLiteral(" AND c.reading_guessed = 1");
    if (query.ids) {
        f.sql += QStringLiteral(" AND c.id IN ") + sqldialect::idsIn(db);
        f.values.append(sql::idArray(*query.ids));
    }
    return f;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

ContactPage pageOf(QList<Contact> rows, QList<QString> sortKeys, int limit)
{
    ContactPage page;
    if (rows.size() > limit) {
        rows.resize(limit);
        sortKeys.resize(limit);
        page.next = ContactCursor{sortKeys.last(), rows.last().id};
    }
    page.contacts = std::move(rows);
    page.sortKeys = std::move(sortKeys);
    return page;
}

} // namespace kizuna::contactrows
