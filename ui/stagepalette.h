#pragma once

#include "domain/stage.h"

#include <QColor>
#include <QString>

class QPalette;

namespace kizuna {

/// How a stage looks in every list and chart: its translated name and its colour, from a
/// cool blue for cold leads to a warm red for hot ones and green for customers.
class StagePalette final
{
public:
    static QString label(Stage stage);
    /// The stage's cell background under the application's palette.
    static QColor background(Stage stage);
    /// A tint of the stage's colour on `palette`'s base: light pastels on a light palette,
    /// deep shades on a dark one, so the palette's own text stays readable on it (a list
    /// that colours only the background relies on that).
    static QColor background(Stage stage, const QPalette &palette);
    /// Text on background(stage, palette): the palette's text, or black or white where
    /// that would not reach 4.5:1.
    static QColor foreground(Stage stage, const QPalette &palette);
    /// A saturated colour for charts and markers.
    static QColor accent(Stage stage);
};

} // namespace kizuna
