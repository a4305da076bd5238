#include "stagepalette.h"

#include "report/stagecolours.h"
#include "themecolours.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

namespace kizuna {

QString StagePalette::label(Stage stage)
{
    switch (stage) {
    case Stage::Cold:
        return QCoreApplication::translate("Stage", "Cold");
    case Stage::Warm:
        return QCoreApplication::translate("Stage", "Warm");
    case Stage::Hot:
        return QCoreApplication::translate("Stage", "Hot");
    case Stage::Customer:
        return QCoreApplication::translate("Stage", "Customer");
    case Stage::Loyal:
        return QCoreApplication::translate("Stage", "Loyal");
    case Stage::Lost:
        return QCoreApplication::translate("Stage", "Lost");
    }
    return {};
}

QColor StagePalette::background(Stage stage)
{
    return background(stage, QGuiApplication::palette());
}

QColor StagePalette::background(Stage stage, const QPalette &palette)
{
    // A dark base takes a third of the accent: the hue still tells the stages apart, and
    // light text keeps well over 4.5:1 on it.
    if (ThemeColours::isDark(palette))
        return ThemeColours::mix(accent(stage), palette.color(QPalette::Base), 0.35);
    switch (stage) {
    case Stage::Cold:
        return QColor(0xE3, 0xEE, 0xFA);
    case Stage::Warm:
        return QColor(0xFF, 0xF1, 0xD6);
    case Stage::Hot:
        return QColor(0xFD, 0xDD, 0xD8);
    case Stage::Customer:
        return QColor(0xDD, 0xF2, 0xDF);
    case Stage::Loyal:
        return QColor(0xC9, 0xEB, 0xD9);
    case Stage::Lost:
        return QColor(0xEC, 0xEC, 0xEC);
    }
    return {};
}

QColor StagePalette::foreground(Stage stage, const QPalette &palette)
{
    constexpr double kReadable = 4.5;
    const QColor fill = background(stage, palette);
    const QColor text = palette.color(QPalette::Text);
    if (ThemeColours::contrastRatio(text, fill) >= kReadable)
        return text;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return ThemeColours::contrastRatio(black, fill) >= ThemeColours::contrastRatio(white, fill)
               ? black
               : white;
}

QColor StagePalette::accent(Stage stage)
{
    return StageColours::accent(stage);
}

} // namespace kizuna
