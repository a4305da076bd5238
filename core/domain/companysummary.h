#pragma once

#include "domain/stage.h"

#include <QString>

#include <optional>

namespace kizuna {

/// A company as the companies list shows it: what it is called and how its people stand.
/// Only people not in the trash count, and only their deals.
struct CompanySummary
{
    qint64 id = 0;
    QString name;
    QString nameKana;
    int people = 0;
    /// The furthest stage any of its people reached: loyal, customer, hot, warm, cold, then
    /// lost; none without people.
    std::optional<Stage> bestStage;
    int openDeals = 0;
    qint64 wonRevenue = 0; ///< sum of the won deals' amounts (whole yen)
};

} // namespace kizuna
