#include "chartpalette.h"

#include "themecolours.h"

#include <QPalette>

namespace kizuna {

QChart::ChartTheme ChartPalette::theme(const QPalette &palette)
{
    return ThemeColours::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
}

void ChartPalette::apply(QChart &chart, const QPalette &palette)
{
    // Setting even the current theme again resets fonts and brushes; a light chart is left
    // as built, as it has always looked.
    if (chart.theme() != theme(palette))
        chart.setTheme(theme(palette));
    chart.setBackgroundBrush(palette.brush(QPalette::Base));
    chart.setTitleBrush(palette.brush(QPalette::Text));
}

} // namespace kizuna
