#pragma once

#include "domain/companypage.h"

#include <optional>

namespace kizuna {

class Database;

/// A company's page: its live people with their stage and next follow-up, their deals, and
/// their timelines merged into one.
class CompanyPageRepository final
{
public:
    explicit CompanyPageRepository(const Database &db);

    /// nullopt when there is no such company.
    std::optional<CompanyPage> load(qint64 companyId) const;

private:
    QList<CompanyPerson> people(qint64 companyId) const;

    const Database &m_db;
};

} // namespace kizuna
