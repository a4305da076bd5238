#include "contactlistrepository.h"

#include "contactrows.h"
#include "database.h"
#include "search/searchquery.h"
#include "search/sortkey.h"
#include "searchcondition.h"
#include "sqldialect.h"
#include "sqlvalues.h"

#include <QVariant>

namespace kizuna {

ContactListRepository::ContactListRepository(const Database &db)
    : m_db(db)
{}

QString ContactListRepository::sortExpression(const Database &db, ContactSort sort)
{
    // "None" sorts after every name.
    const QString noneLast = sqldialect::lastCharacter(db);
    switch (sort) {
    case ContactSort::Reading:
        return QStringLiteral("c.sort_key");
    case ContactSort::Company:
        // The company list's reading (see CompanyListRepository).
        return QStringLiteral("coalesce(CASE co.name_kana WHEN '' THEN co.match_key ELSE "
                              "co.name_kana END, %1)")
            .arg(noneLast);
    case ContactSort::Title:
        return QStringLiteral("coalesce(nullif(c.title, ''), %1)").arg(noneLast);
    case ContactSort::Stage:
        return QStringLiteral(
            "CASE c.stage WHEN 'cold' THEN 0 WHEN 'warm' THEN 1 WHEN 'hot' THEN 2 "
            "WHEN 'customer' THEN 3 WHEN 'loyal' THEN 4 ELSE 5 END");
    case ContactSort::Score:
        return QStringLiteral("c.score");
    case ContactSort::NextFollowUp:
        return QStringLiteral("coalesce((SELECT min(f.due_on) FROM follow_ups f WHERE "
                              "f.contact_id = c.id AND f.status = 'open'), %1)")
            .arg(noneLast);
    case ContactSort::LastTouch:
        return QStringLiteral("coalesce((SELECT max(a.occurred_at) FROM activities a WHERE "
                              "a.contact_id = c.id), '')");
    case ContactSort::Source:
        return QStringLiteral("coalesce(s.name, %1)").arg(noneLast);
    case ContactSort::Email:
        return QStringLiteral("coalesce(nullif(c.email, ''), %1)").arg(noneLast);
    case ContactSort::Phone:
        return QStringLiteral("coalesce(nullif(c.phone_mobile, ''), nullif(c.phone_direct, ''), "
                              "nullif(c.phone_work, ''), %1)")
            .arg(noneLast);
    case ContactSort::Tags:
        return QStringLiteral("coalesce((SELECT min(t.match_key) FROM contact_tags ct JOIN tags t "
                              "ON t.id = ct.tag_id WHERE ct.contact_id = c.id), %1)")
            .arg(noneLast);
    }
    return QStringLiteral("c.sort_key");
}

QList<qint64> ContactListRepository::orderedIds(const ContactListQuery &query) const
{
    const contactrows::Filter filter = contactrows::filterOf(m_db, query);
    const SearchCondition search(m_db, SearchQuery(query.search));
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = sortExpression(m_db, query.sort) + direction;
    if (query.sort != ContactSort::Reading)
        order += QStringLiteral(", c.sort_key") + direction;
    order += QStringLiteral(", c.id") + direction;
    const QString matches = search.contactsWhere();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT c.id FROM contacts c "
                                              "LEFT JOIN companies co ON co.id = c.company_id "
                                              "LEFT JOIN sources s ON s.id = c.source_id ") +
                               matches + filter.sql + QStringLiteral(" ORDER BY ") + order);
    q.setForwardOnly(true);
    search.bindContactsWhere(q);
    contactrows::bindAll(q, filter.values);
    m_db.exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

std::optional<qint64> ContactListRepository::positionInReadingOrder(const ContactListQuery &query,
                                                                    qint64 contactId) const
{
    const contactrows::Filter filter = contactrows::filterOf(m_db, query);
    const SearchCondition search(m_db, SearchQuery(query.search));
    const QString matches =
        QStringLiteral("SELECT count(*) FROM contacts c ") + search.contactsWhere();
    const auto countWith = [&](const QString &condition) {
        QSqlQuery q = m_db.prepare(matches + filter.sql + condition);
        search.bindContactsWhere(q);
        contactrows::bindAll(q, filter.values);
        q.addBindValue(contactId);
        m_db.exec(q);
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    if (countWith(QStringLiteral(" AND c.id = ?")) == 0)
        return std::nullopt;
    return countWith(query.descending
                         ? QStringLiteral(" AND (c.sort_key, c.id) > (SELECT sort_key, id FROM "
                                          "contacts WHERE id = ?)")
                         : QStringLiteral(" AND (c.sort_key, c.id) < (SELECT sort_key, id FROM "
                                          "contacts WHERE id = ?)"));
}

QList<Contact> ContactListRepository::findMany(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q = m_db.prepare(contactrows::selectSql(m_db) + QStringLiteral("WHERE c.id IN ") +
                               sqldialect::idsIn(m_db));
    q.setForwardOnly(true);
    q.addBindValue(sql::idArray(ids));
    m_db.exec(q);
    QHash<qint64, Contact> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        Contact contact = contactrows::contactFrom(q);
        byId.insert(contact.id, std::move(contact));
    }
    QList<Contact> contacts;
    contacts.reserve(byId.size());
    for (const qint64 id : ids) {
        auto found = byId.find(id);
        if (found != byId.end())
            contacts.append(std::move(found.value()));
    }
    return contacts;
}

QHash<qint64, ContactListDates> ContactListRepository::dates(const QList<qint64> &ids) const
{
    QHash<qint64, ContactListDates> dates;
    if (ids.isEmpty())
        return dates;
    QSqlQuery q = m_db.prepare(
        QStringLiteral(
            "SELECT j.value, (SELECT min(f.due_on) FROM follow_ups f WHERE f.contact_id = j.value "
            "AND f.status = 'open'), (SELECT max(a.occurred_at) FROM activities a WHERE "
            "a.contact_id = j.value) FROM ") +
        sqldialect::idsFrom(m_db, QStringLiteral("j")));
    q.setForwardOnly(true);
    q.addBindValue(sql::idArray(ids));
    m_db.exec(q);
    dates.reserve(ids.size());
    while (q.next()) {
        const ContactListDates row{sql::toDate(q.value(1)), sql::toLocalDateTime(q.value(2))};
        if (row.nextFollowUp.isValid() || row.lastTouch.isValid())
            dates.insert(q.value(0).toLongLong(), row);
    }
    return dates;
}

} // namespace kizuna
