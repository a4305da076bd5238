#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace kizuna {

class Database;

/// The numbers triggers keep up to date (company_stats, a contact's open_follow_ups), counted
/// once after a bulk load instead of by their triggers row by row.
///
/// On a server each trigger's UPDATE leaves the row's previous version behind, and within one
/// transaction none of them can be pruned: the thousandth person of a company made the server
/// walk past a thousand dead versions of its row. A copy of a million contacts at 1,700 a
/// company slowed from 5,000 rows a second to under 1,000. A file updates its rows in place,
/// so there the triggers stay on. Use it inside the load's transaction, which undoes the
/// suspension if the load fails.
class DeferredCounts final
{
public:
    /// On a server, turns the counting triggers off for this transaction's load.
    explicit DeferredCounts(const Database &db);

    /// Counts every number from the loaded rows and turns the triggers back on.
    void restore();

private:
    void setTriggersEnabled(bool enabled) const;

    const Database &m_db;
    QList<std::pair<QString, QString>> m_triggers; ///< table, trigger
};

} // namespace kizuna
