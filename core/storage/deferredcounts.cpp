#include "deferredcounts.h"

#include "database.h"
#include "sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace kizuna {

DeferredCounts::DeferredCounts(const Database &db)
    : m_db(db)
{
    if (!m_db.isServer())
        return;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
        "AND NOT t.tgisinternal AND (t.tgname LIKE 'company\\_stats\\_%' "
        "OR t.tgname LIKE 'open\\_follow\\_ups\\_%') ORDER BY t.tgname"));
    m_db.exec(q);
    while (q.next())
        m_triggers.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    setTriggersEnabled(false);
}

void DeferredCounts::restore()
{
    if (m_triggers.isEmpty())
        return;
    // The triggers' sums (see migrations/v5.cpp) over everything at once: a company with no
    // one left counts zero, a contact in the trash counts nowhere.
    m_db.execute(QStringLiteral("DELETE FROM company_stats"));
    m_db.execute(QStringLiteral(
        "INSERT INTO company_stats (company_id, people, cold, warm, hot, customer, loyal, lost, "
        "open_deals, won_revenue) "
        "SELECT co.id, count(c.id), count(*) FILTER (WHERE c.stage = 'cold'), "
        "count(*) FILTER (WHERE c.stage = 'warm'), count(*) FILTER (WHERE c.stage = 'hot'), "
        "count(*) FILTER (WHERE c.stage = 'customer'), "
        "count(*) FILTER (WHERE c.stage = 'loyal'), count(*) FILTER (WHERE c.stage = 'lost'), "
        "coalesce(sum(d.open_deals), 0), coalesce(sum(d.won_revenue), 0) "
        "FROM companies co LEFT JOIN contacts c ON c.company_id = co.id AND c.deleted_at IS NULL "
        "LEFT JOIN (SELECT contact_id, count(*) FILTER (WHERE status = 'open') AS open_deals, "
        "sum(CASE WHEN status = 'won' THEN amount ELSE 0 END) AS won_revenue FROM deals "
        "GROUP BY contact_id) d ON d.contact_id = c.id "
        "GROUP BY co.id"));
    // Contacts are loaded with none open (migrations/v11.cpp); those with some are counted.
    m_db.execute(QStringLiteral(
        "UPDATE contacts c SET open_follow_ups = f.n FROM (SELECT contact_id, count(*) AS n "
        "FROM follow_ups WHERE status = 'open' GROUP BY contact_id) f WHERE f.contact_id = c.id"));
    setTriggersEnabled(true);
    m_triggers.clear();
}

void DeferredCounts::setTriggersEnabled(bool enabled) const
{
    const QString action =
        enabled ? QStringLiteral(" ENABLE TRIGGER ") : QStringLiteral(" DISABLE TRIGGER ");
    for (const auto &[table, trigger] : m_triggers)
        m_db.execute(QStringLiteral("ALTER TABLE ") + sqldialect::identifier(table) + action +
                     sqldialect::identifier(trigger));
}

} // namespace kizuna
