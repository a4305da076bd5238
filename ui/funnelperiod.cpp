#include "funnelperiod.h"

namespace kizuna {

FunnelPeriod FunnelPeriod::of(Preset preset, const QDate &today)
{
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::ThisMonth:
        return {firstOfMonth, today};
    case Preset::Last12Months:
        return {firstOfMonth.addMonths(-11), today};
    case Preset::AllTime:
    case Preset::Custom:
        break;
    }
    return {};
}

} // namespace kizuna
