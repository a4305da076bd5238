#pragma once

#include <QPalette>

namespace kizuna {

/// A dark palette for the Fusion style, as a desktop's dark theme hands one to Qt: for the
/// screenshots and the tests, which run offscreen where no platform theme tells Qt the
/// desktop is dark (Qt 6.4 has no colour scheme of its own).
class DarkPalette final
{
public:
    static QPalette fusion();
};

} // namespace kizuna
