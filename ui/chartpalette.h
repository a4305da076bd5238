#pragma once

#include <QChart>

class QPalette;

namespace kizuna {

/// Qt Charts keeps its own colours apart from the widget palette; this gives a chart the
/// theme that matches the window's palette (dark charts in a dark window) and the palette's
/// base behind it, so the chart sits on the page like the tables beside it.
class ChartPalette final
{
public:
    static QChart::ChartTheme theme(const QPalette &palette);
    /// Call before adding series: a theme set later overwrites the series' own colours.
    static void apply(QChart &chart, const QPalette &palette);
};

} // namespace kizuna
