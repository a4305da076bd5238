#include "darkpalette.h"

#include <QColor>

namespace kizuna {

QPalette DarkPalette::fusion()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor text(0xF0, 0xF0, 0xF0);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette palette(text, window, QColor(0x50, 0x50, 0x50), QColor(0x20, 0x20, 0x20),
                     QColor(0x2A, 0x2A, 0x2A), text, QColor(0xFF, 0xFF, 0xFF),
                     QColor(0x26, 0x26, 0x26), window);
    palette.setColor(QPalette::AlternateBase, QColor(0x2E, 0x2E, 0x2E));
    palette.setColor(QPalette::Button, QColor(0x3C, 0x3C, 0x3C));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA0));
    palette.setColor(QPalette::Highlight, QColor(0x2A, 0x82, 0xDA));
    palette.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    palette.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xFF));
    palette.setColor(QPalette::LinkVisited, QColor(0xB4, 0x8C, 0xFF));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

} // namespace kizuna
