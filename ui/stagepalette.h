#pragma once

#include "domain/stage.h"

#include <QColor>
#include <QString>

namespace kizuna {

/// How a stage looks in every list and chart: its translated name and its colour, from a
/// cool blue for cold leads to a warm red for hot ones and green for customers.
class StagePalette final
{
public:
    static QString label(Stage stage);
    /// A light background that keeps black text readable.
    static QColor background(Stage stage);
    /// A saturated colour for charts and markers.
    static QColor accent(Stage stage);
};

} // namespace kizuna
