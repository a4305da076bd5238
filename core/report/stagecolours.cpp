#include "stagecolours.h"

namespace kizuna {

QColor StageColours::accent(Stage stage)
{
    switch (stage) {
    case Stage::Cold:
        return QColor(0x4A, 0x7F, 0xC1);
    case Stage::Warm:
        return QColor(0xE8, 0xA2, 0x2E);
    case Stage::Hot:
        return QColor(0xD9, 0x48, 0x3B);
    case Stage::Customer:
        return QColor(0x3C, 0x9A, 0x4F);
    case Stage::Loyal:
        return QColor(0x1E, 0x6B, 0x52);
    case Stage::Lost:
        return QColor(0x8A, 0x8A, 0x8A);
    }
    return {};
}

} // namespace kizuna
