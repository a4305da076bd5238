#include "stagepalette.h"

#include "report/stagecolours.h"

#include <QCoreApplication>

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

QColor StagePalette::accent(Stage stage)
{
    return StageColours::accent(stage);
}

} // namespace kizuna
