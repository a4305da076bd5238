#pragma once

#include "sourcekind.h"

#include <QString>

#include <optional>

namespace kizuna {

/// What one lead source brought in: leads, the customers among them and their revenue,
/// against what it cost. The closed loop from a trade-show stand to money.
struct SourceStats
{
    qint64 sourceId = 0; ///< 0 for leads with no source
    QString name;        ///< empty for leads with no source
    SourceKind kind = SourceKind::Other;
    qint64 leads = 0;
    /// Leads that reached customer (or loyal) at any time, or won a deal.
    qint64 customers = 0;
    /// Won deals of those leads, in the source's currency.
    qint64 revenue = 0;
    qint64 cost = 0;
    QString currency = QStringLiteral("JPY");

    /// Cost divided by customers; none without customers.
    std::optional<double> costPerCustomer() const
    {
        return customers > 0 ? std::optional<double>(double(cost) / double(customers))
                             : std::nullopt;
    }
    /// (revenue − cost) / cost; none for a source that cost nothing.
    std::optional<double> roi() const
    {
        return cost > 0 ? std::optional<double>(double(revenue - cost) / double(cost))
                        : std::nullopt;
    }
};

} // namespace kizuna
