#include "themecolours.h"

#include <QPalette>

#include <cmath>

namespace kizuna {

namespace {

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor &colour)
{
    const auto channel = [](float value) {
        const double c = value;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

} // namespace

bool ThemeColours::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

double ThemeColours::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColours::mix(const QColor &a, const QColor &b, double share)
{
    const auto blend = [share](float x, float y) {
        return share * x + (1.0 - share) * y;
    };
    const QColor ra = a.toRgb();
    const QColor rb = b.toRgb();
    return QColor::fromRgbF(float(blend(ra.redF(), rb.redF())),
                            float(blend(ra.greenF(), rb.greenF())),
                            float(blend(ra.blueF(), rb.blueF())));
}

// The dark-palette tones are the Material 200 shades, which keep 4.5:1 on a near-black base
// where the light-palette ones (700-900) fall under 3:1.
QColor ThemeColours::negative(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xEF, 0x9A, 0x9A) : QColor(0xB0, 0x20, 0x20);
}

QColor ThemeColours::caution(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xFF, 0xCC, 0x80) : QColor(0xA0, 0x50, 0x00);
}

// Placeholder text is often under 3:1 in dark palettes; this stays near 5:1 in both.
QColor ThemeColours::muted(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.6);
}

} // namespace kizuna
