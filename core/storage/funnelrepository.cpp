#include "funnelrepository.h"

#include "contactrows.h"
#include "database.h"
#include "sqlvalues.h"

#include <QVariant>

namespace kizuna {

namespace {

// A stage key as its Stage value (the enum's order), NULL for none.
const QString kStageNumber = QStringLiteral(
    "CASE %1 WHEN 'cold' THEN 0 WHEN 'warm' THEN 1 WHEN 'hot' THEN 2 WHEN 'customer' THEN 3 "
    "WHEN 'loyal' THEN 4 WHEN 'lost' THEN 5 END");

// The leads of a funnel as a condition on c (the contact), with its values. The entry step
// (from_stage NULL) dates a lead; a lead merged from a duplicate keeps its own entry.
contactrows::Filter leadsOf(const FunnelFilter &filter)
{
    ContactListQuery query;
    query.source = filter.source;
    query.tag = filter.tag;
    contactrows::Filter f = contactrows::filterOf(query);
    f.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM stage_changes e WHERE e.contact_id = "
                            "c.id AND e.from_stage IS NULL AND e.changed_on BETWEEN "
                            "coalesce(?, '') AND coalesce(?, '9'))");
    f.values.append(sql::fromDate(filter.from));
    f.values.append(sql::fromDate(filter.to));
    return f;
}

} // namespace

FunnelRepository::FunnelRepository(const Database &db)
    : m_db(db)
{}

void FunnelRepository::forEachStep(const FunnelFilter &filter, const QDate &until,
                                   const std::function<void(const Step &)> &visit) const
{
    const contactrows::Filter leads = leadsOf(filter);
    // Days as Julian day numbers and stages as their enum values: parsing dates and stage
    // keys per row cost more than reading them.
    const QString sql = QStringLiteral("SELECT s.contact_id, coalesce(c.source_id, 0), "
                                       "CAST(julianday(s.changed_on) AS INTEGER), ") +
                        kStageNumber.arg(QStringLiteral("s.from_stage")) + QStringLiteral(", ") +
                        kStageNumber.arg(QStringLiteral("s.to_stage")) +
                        QStringLiteral(" FROM contacts c JOIN stage_changes s ON s.contact_id = "
                                       "c.id WHERE s.changed_on <= ?") +
                        leads.sql + QStringLiteral(" ORDER BY s.contact_id, s.changed_on, s.id");
    QSqlQuery q = m_db.prepare(sql);
    q.setForwardOnly(true);
    q.addBindValue(sql::fromDate(until));
    contactrows::bindAll(q, leads.values);
    m_db.exec(q);
    Step step;
    while (q.next()) {
        step.contactId = q.value(0).toLongLong();
        step.sourceId = q.value(1).toLongLong();
        // julianday() of a date is the Julian day at noon less half a day: .5 below QDate's.
        step.changedOn = QDate::fromJulianDay(q.value(2).toLongLong() + 1);
        const QVariant from = q.value(3);
        step.from =
            from.isNull() ? std::nullopt : std::optional<Stage>(static_cast<Stage>(from.toInt()));
        step.to = static_cast<Stage>(q.value(4).toInt());
        visit(step);
    }
}

QHash<qint64, qint64> FunnelRepository::wonRevenue(const FunnelFilter &filter,
                                                   const QDate &until) const
{
    const contactrows::Filter leads = leadsOf(filter);
    const QString sql = QStringLiteral("SELECT d.contact_id, sum(d.amount) FROM contacts c "
                                       "JOIN deals d ON d.contact_id = c.id WHERE d.status = "
                                       "'won' AND coalesce(d.closed_on, d.created_on) <= ?") +
                        leads.sql + QStringLiteral(" GROUP BY d.contact_id");
    QSqlQuery q = m_db.prepare(sql);
    q.addBindValue(sql::fromDate(until));
    contactrows::bindAll(q, leads.values);
    m_db.exec(q);
    QHash<qint64, qint64> revenue;
    while (q.next())
        revenue.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return revenue;
}

} // namespace kizuna
