#include "errorlabel.h"

#include "themecolours.h"

namespace kizuna {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("error"));
    setWordWrap(true);
    QPalette warning = palette();
    warning.setColor(QPalette::WindowText, ThemeColours::negative(warning));
    setPalette(warning);
}

} // namespace kizuna
