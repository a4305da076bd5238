#include "companypagerepository.h"

#include "companylistrepository.h"
#include "database.h"
#include "dealrepository.h"
#include "domain/personname.h"
#include "sqlvalues.h"
#include "timelinerepository.h"

#include <QVariant>

#include <algorithm>

namespace kizuna {

CompanyPageRepository::CompanyPageRepository(const Database &db)
    : m_db(db)
{}

QList<CompanyPerson> CompanyPageRepository::people(qint64 companyId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.family_name, c.given_name, c.family_kana, c.given_kana, c.department, "
        "c.title, c.stage, (SELECT min(f.due_on) FROM follow_ups f WHERE f.contact_id = c.id "
        "AND f.status = 'open') FROM contacts c WHERE c.company_id = ? AND c.deleted_at IS NULL "
        "ORDER BY c.sort_key, c.id"));
    q.addBindValue(companyId);
    m_db.exec(q);
    QList<CompanyPerson> people;
    while (q.next()) {
        CompanyPerson p;
        p.contactId = q.value(0).toLongLong();
        p.familyName = q.value(1).toString();
        p.givenName = q.value(2).toString();
        p.familyKana = q.value(3).toString();
        p.givenKana = q.value(4).toString();
        p.department = q.value(5).toString();
        p.title = q.value(6).toString();
        p.stage = stageFromKey(q.value(7).toString()).value_or(Stage::Cold);
        p.nextFollowUp = sql::toDate(q.value(8));
        people.append(p);
    }
    return people;
}

std::optional<CompanyPage> CompanyPageRepository::load(qint64 companyId) const
{
    auto summary = CompanyListRepository(m_db).summary(companyId);
    if (!summary)
        return std::nullopt;
    CompanyPage page;
    page.summary = *summary;
    page.people = people(companyId);
    page.deals = DealRepository(m_db).forCompany(companyId);
    const TimelineRepository timelines(m_db);
    for (const CompanyPerson &p : std::as_const(page.people)) {
        const QString name = displayName(p.familyName, p.givenName, NameOrder::FamilyFirst);
        for (const TimelineEntry &e : timelines.forContact(p.contactId))
            page.timeline.append(CompanyTimelineEntry{p.contactId, name, e});
    }
    // Newest first; the people's own orders are kept on the same moment.
    std::stable_sort(page.timeline.begin(), page.timeline.end(),
                     [](const CompanyTimelineEntry &a, const CompanyTimelineEntry &b) {
                         return a.entry.at > b.entry.at;
                     });
    return page;
}

} // namespace kizuna
