#pragma once

#include "domain/source.h"
#include "domain/sourcestats.h"

#include <QList>

#include <optional>

namespace kizuna {

class Database;

/// Lead sources (trade shows, referrals, campaigns) with their cost.
class SourceRepository final
{
public:
    explicit SourceRepository(const Database &db);

    /// Stores a new source; throws ValidationError for an empty or taken name or an end
    /// before the start.
    qint64 add(const Source &source);
    /// Changes name, kind, cost, dates and notes of an existing source.
    void update(const Source &source);
    /// Removes a source; its contacts keep their data and lose only the link.
    void remove(qint64 id);

    std::optional<Source> find(qint64 id) const;
    std::optional<Source> findByName(const QString &name) const;
    /// The id of the named source, created with kind "other" and no cost if it is new;
    /// 0 for an empty name. Cards often name a source the user has not set up yet.
    qint64 findOrCreate(const QString &name);
    /// Every source with its number of contacts, by name.
    QList<Source> list() const;
    /// Every source by name without its number of contacts (contactCount is 0): cheap.
    QList<Source> definitions() const;
    /// Leads, customers, revenue and cost of every source, by name, then a last entry for
    /// the leads without a source when there are any. Live contacts only.
    QList<SourceStats> stats() const;

private:
    void validate(const Source &source) const;

    const Database &m_db;
};

} // namespace kizuna
