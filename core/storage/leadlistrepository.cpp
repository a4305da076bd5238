#include "leadlistrepository.h"

#include "contactrows.h"
#include "database.h"
#include "sqlvalues.h"

#include <QVariant>

namespace kizuna {

namespace {

const QString kActive = QStringLiteral("c.deleted_at IS NULL AND c.stage <> 'lost'");
const QString kNoOpenFollowUp = QStringLiteral(
    "NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.contact_id = c.id AND f.status = 'open')");
const QString kBounced = QStringLiteral(
    "EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = c.id AND a.outcome = 'bounced' "
    "AND a.occurred_at > coalesce(c.details_confirmed_at, ''))");
// Main-line order from the end: hot leads are the ones that must not be dropped.
const QString kStageRank =
    QStringLiteral("CASE c.stage WHEN 'hot' THEN 0 WHEN 'warm' THEN 1 WHEN 'customer' THEN 2 "
                   "WHEN 'loyal' THEN 3 ELSE 4 END");

} // namespace

LeadListRepository::LeadListRepository(const Database &db)
    : m_db(db)
{}

QList<Contact> LeadListRepository::contacts(const QString &where, const QString &orderBy,
                                            const QVariantList &values, int limit) const
{
    QSqlQuery q = m_db.prepare(contactrows::selectSql() +
                               QStringLiteral("WHERE %1 ORDER BY %2 LIMIT ?").arg(where, orderBy));
    contactrows::bindAll(q, values);
    q.addBindValue(limit);
    m_db.exec(q);
    QList<Contact> list;
    while (q.next())
        list.append(contactrows::contactFrom(q));
    return list;
}

QList<Contact> LeadListRepository::dropped(int limit) const
{
    return contacts(kActive + QStringLiteral(" AND ") + kNoOpenFollowUp,
                    kStageRank + QStringLiteral(", c.score DESC, c.sort_key, c.id"), {}, limit);
}

qint64 LeadListRepository::droppedCount() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM contacts c WHERE %1 AND %2")
                                   .arg(kActive, kNoOpenFollowUp));
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Contact> LeadListRepository::review(const QDate &confirmedBefore, int limit) const
{
    return contacts(kActive + QStringLiteral(" AND (c.details_confirmed_at IS NULL OR "
                                             "c.details_confirmed_at < ? OR %1)")
                                  .arg(kBounced),
                    QStringLiteral("%1 DESC, coalesce(c.details_confirmed_at, ''), c.score DESC, "
                                   "c.id")
                        .arg(kBounced),
                    {sql::fromDate(confirmedBefore)}, limit);
}

QList<Contact> LeadListRepository::salesReady(int limit) const
{
    return contacts(QStringLiteral("c.deleted_at IS NULL AND c.stage IN ('warm', 'hot')"),
                    QStringLiteral("c.score DESC, c.id"), {}, limit);
}

} // namespace kizuna
