#pragma once

#include <QDate>

namespace kizuna {

/// The periods the funnel offers with one click. A period is the days in which leads entered
/// the funnel; a null end means "up to today", a null start "since the first card".
struct FunnelPeriod
{
    enum class Preset
    {
        ThisMonth = 0,
        Last12Months,
        AllTime,
        Custom,
    };

    QDate from;
    QDate to;

    /// This month: its first day to today. Last 12 months: the first of the month eleven
    /// months back to today, so the cohort table shows twelve whole months.
    static FunnelPeriod of(Preset preset, const QDate &today);
};

} // namespace kizuna
