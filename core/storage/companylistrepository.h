#pragma once

#include "companylistquery.h"
#include "domain/companysummary.h"

#include <QList>

#include <optional>

namespace kizuna {

class Database;

/// The companies list: each company with its live people, their best stage, open deals and
/// won revenue, searched, sorted and paged in SQL. In reading order a page walks the
/// reading index; the other orders sort the narrow table company_stats, which triggers keep
/// current, so no page counts people.
class CompanyListRepository final
{
public:
    explicit CompanyListRepository(const Database &db);

    QList<CompanySummary> page(const CompanyListQuery &query) const;
    /// How many companies the search matches (sort, limit and offset ignored).
    qint64 count(const QString &search) const;
    std::optional<CompanySummary> summary(qint64 companyId) const;

private:
    const Database &m_db;
};

} // namespace kizuna
