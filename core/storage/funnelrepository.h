#pragma once

#include "domain/funnelhistory.h"

#include <QString>

#include <vector>

namespace kizuna {

class Database;

/// Reads the stage history a funnel is computed from (FunnelStatistics).
class FunnelRepository final
{
public:
    explicit FunnelRepository(const Database &db);

    /// Every step of every live contact and every won deal. Read straight through SQLite's
    /// interface in table order and grouped in memory: at millions of steps, walking the
    /// by-contact index costs a random page read per step.
    FunnelHistory load() const;
    /// Ids of the contacts with the tag (matched as tags are everywhere), ascending.
    std::vector<qint64> contactsTagged(const QString &tag) const;
    /// The ids of the contacts this user looks after, ascending.
    std::vector<qint64> contactsOwnedBy(const QString &owner) const;

private:
    const Database &m_db;
};

} // namespace kizuna
