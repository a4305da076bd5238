#pragma once

#include "domain/funnel.h"

#include <QDate>

namespace kizuna {

class Database;

/// The funnel of a period from the stage history, not from today's stages alone: the leads
/// that entered the funnel in the period, how far each got by the period's end, conversion
/// from stage to stage, the median days a stage lasted, the moves to lost, what each source
/// brought in and, by month of entry, how many became customers.
///
/// A lead has reached a stage when it entered that stage or any later one on the main line;
/// lost counts toward no stage, and a lead revived from lost reaches what it reaches after.
/// A customer is a lead that reached customer (or loyal) or won a deal by the period's end.
class FunnelStatistics final
{
public:
    /// `today` closes an open-ended period.
    FunnelStatistics(const Database &db, const QDate &today);

    Funnel compute(const FunnelFilter &filter) const;

private:
    const Database &m_db;
    QDate m_today;
};

} // namespace kizuna
