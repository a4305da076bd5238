#pragma once

#include "domain/funnel.h"

#include <QImage>
#include <QLocale>
#include <QSize>

namespace kizuna {

/// Draws the funnel as a picture with QPainter: the main-line stages top to bottom, each a
/// bar centred on one axis and as wide as its count of leads, its name and count beside it,
/// and the share that went on from the stage above. Core has no Qt Charts (it is Widgets),
/// and paper needs the same picture the PNG export gives, so this is the one drawing of it.
class FunnelChartRenderer final
{
public:
    explicit FunnelChartRenderer(const QLocale &locale);

    /// The chart on white at `size` pixels; text scales with the height.
    QImage render(const Funnel &funnel, const QSize &size = QSize(2000, 900)) const;

private:
    QLocale m_locale;
};

} // namespace kizuna
