#pragma once

#include <QString>

namespace kizuna {

/// What the companies list is sorted by.
enum class CompanySort
{
    Reading, ///< 50音順 by reading (the name where none is known)
    People,
    BestStage,
    OpenDeals,
    WonRevenue,
};

/// One page of the companies list: searched by name or reading and sorted in SQL.
struct CompanyListQuery
{
    QString search; ///< as typed; empty for every company
    CompanySort sort = CompanySort::Reading;
    bool descending = false;
    int limit = 200;
    int offset = 0;
};

} // namespace kizuna
