#pragma once

#include <QtGlobal>

#include <vector>

namespace kizuna {

/// The whole stage history of the live contacts in a compact form, read once and kept while
/// the database does not change, so that a funnel for any period and filter is a walk over
/// memory instead of a read of millions of rows. Days are Julian day numbers; stages are
/// Stage values, -1 for none.
struct FunnelHistory
{
    struct Step
    {
        qint32 day = 0;
        qint8 from = -1;
        qint8 to = 0;
    };

    struct Lead
    {
        qint64 contactId = 0;
        qint64 sourceId = 0; ///< 0: no source
        quint32 firstStep = 0;
        quint32 stepCount = 0;
    };

    /// A won deal: its amount counts from the day it closed.
    struct Win
    {
        qint64 contactId = 0;
        qint32 day = 0;
        qint64 amount = 0;
    };

    std::vector<Lead> leads; ///< by contact id; only contacts with at least one step
    std::vector<Step> steps; ///< each lead's together, in the order they happened
    std::vector<Win> wins;   ///< by contact id
};

} // namespace kizuna
