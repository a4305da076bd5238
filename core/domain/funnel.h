#pragma once

#include "sourcestats.h"
#include "stage.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kizuna {

/// Which leads a funnel counts: those that entered the funnel from `from` to `to`
/// (inclusive; either may be null for open-ended), optionally only from one source or with
/// one tag. Their history is read up to `to` (or today when open).
struct FunnelFilter
{
    QDate from;
    QDate to;
    QString source; ///< a source's name; empty for all
    QString tag;    ///< a tag's name; empty for all
    QString owner;  ///< the user who looks after the leads (Contact::owner); empty for all
};

/// One main-line stage of the funnel.
struct FunnelStage
{
    Stage stage = Stage::Cold;
    /// Leads that entered this stage or any later one on the main line (a jump from cold to
    /// hot passes warm); lost counts toward no stage.
    qint64 reached = 0;
    /// Leads standing at this stage at the end of the period.
    qint64 current = 0;
    /// reached of the next stage over reached of this one; none for loyal or when none
    /// reached this one.
    std::optional<double> conversionToNext;
    /// Median whole days of the stays in this stage that ended by the end of the period;
    /// none when no stay ended.
    std::optional<double> medianDays;
    /// Moves from this stage to lost.
    qint64 lost = 0;
};

/// Of the leads that entered in one month, how many are customers (or loyal) at the end of
/// the period.
struct FunnelCohort
{
    QDate month; ///< the first of the month
    qint64 leads = 0;
    qint64 customers = 0;
};

struct Funnel
{
    FunnelFilter filter; ///< as asked, with `to` filled in
    qint64 leads = 0;
    qint64 lostNow = 0;          ///< leads standing at lost at the end of the period
    QList<FunnelStage> stages;   ///< cold, warm, hot, customer, loyal
    QList<SourceStats> sources;  ///< sources with leads in the funnel, most revenue first
    QList<FunnelCohort> cohorts; ///< by month of entry, oldest first
};

} // namespace kizuna
