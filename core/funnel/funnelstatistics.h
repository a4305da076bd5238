#pragma once

#include "domain/funnel.h"
#include "domain/funnelhistory.h"
#include "storage/database.h"

#include <QDate>

#include <optional>

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
///
/// The history is read once and kept until the database changes (any write, by this program
/// or another), so the second funnel of a session, for another period or source, costs a
/// walk over memory rather than a read of every stage change.
class FunnelStatistics final
{
public:
    /// `today` closes an open-ended period.
    FunnelStatistics(const Database &db, const QDate &today);

    Funnel compute(const FunnelFilter &filter) const;

private:
    const FunnelHistory &history() const;

    const Database &m_db;
    QDate m_today;
    mutable std::optional<FunnelHistory> m_history;
    mutable Database::ChangeStamp m_readAt;
};

} // namespace kizuna
