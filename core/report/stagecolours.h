#pragma once

#include "domain/stage.h"

#include <QColor>

namespace kizuna {

/// The colour each stage is shown in, on screen and on paper alike, so a printed funnel looks
/// like the one in the window.
class StageColours final
{
public:
    /// Strong: bars, markers, text on white.
    static QColor accent(Stage stage);
};

} // namespace kizuna
