#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace kizuna {

class Database;

/// A company's numbers (company_stats), counted once after a bulk load instead of by their
/// triggers row by row.
///
/// On a server each trigger's UPDATE leaves the company's previous row version behind, and
/// within one transaction none of them can be pruned: the thousandth person of a company
/// made the server walk past a thousand dead versions of its row. A copy of a million
/// contacts at 1,700 a company slowed from 5,000 rows a second to under 1,000. A file
/// updates its rows in place, so there the triggers stay on. Use it inside the load's
/// transaction, which undoes the suspension if the load fails.
class DeferredCompanyStats final
{
public:
    /// On a server, turns the company_stats triggers off for this transaction's load.
    explicit DeferredCompanyStats(const Database &db);

    /// Counts every company's numbers from the loaded rows and turns the triggers back on.
    void restore();

private:
    void setTriggersEnabled(bool enabled) const;

    const Database &m_db;
    QList<std::pair<QString, QString>> m_triggers; ///< table, trigger
};

} // namespace kizuna
