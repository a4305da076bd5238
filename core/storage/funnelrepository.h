#pragma once

#include "domain/funnel.h"

#include <QDate>
#include <QHash>

#include <functional>
#include <optional>

namespace kizuna {

class Database;

/// The stage history of the leads a funnel counts, read for FunnelStatistics.
class FunnelRepository final
{
public:
    struct Step
    {
        qint64 contactId = 0;
        qint64 sourceId = 0; ///< 0: no source
        QDate changedOn;
        std::optional<Stage> from;
        Stage to = Stage::Cold;
    };

    explicit FunnelRepository(const Database &db);

    /// Every step up to `until` of the live contacts that entered the funnel in the filter's
    /// period (and match its source and tag), by contact, then in the order they happened.
    void forEachStep(const FunnelFilter &filter, const QDate &until,
                     const std::function<void(const Step &)> &visit) const;
    /// Won revenue per contact among the same leads, for deals closed by `until`.
    QHash<qint64, qint64> wonRevenue(const FunnelFilter &filter, const QDate &until) const;

private:
    const Database &m_db;
};

} // namespace kizuna
