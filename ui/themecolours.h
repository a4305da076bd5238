#pragma once

#include <QColor>

class QPalette;

namespace kizuna {

/// The few colours the windows add to the palette (a missed follow-up, an error, a value to
/// check, something over with), chosen for the palette they are drawn on: a light palette
/// gets dark tones, a dark one light tones, each readable on the palette's base.
class ThemeColours final
{
public:
    /// True when the palette draws light text on a dark base (a dark desktop theme).
    static bool isDark(const QPalette &palette);
    /// WCAG 2 contrast ratio of two opaque colours: 1 (same) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);
    /// `a` mixed with `b`, `share` (0..1) of the way from `b` to `a`.
    static QColor mix(const QColor &a, const QColor &b, double share);

    /// Overdue follow-ups, points taken away, errors.
    static QColor negative(const QPalette &palette);
    /// A guess the user should confirm.
    static QColor caution(const QPalette &palette);
    /// Text that is over with (a lost deal): quieter than the palette's text, still readable.
    static QColor muted(const QPalette &palette);
};

} // namespace kizuna
