#include "coretranslation.h"

#include <QCoreApplication>
#include <QTranslator>

namespace kizuna {

bool CoreTranslation::install(const QLocale &locale)
{
    if (locale.language() != QLocale::Japanese)
        return false;
    // Owned by the application; one is enough however often a command asks.
    static QTranslator *translator = nullptr;
    if (translator)
        return true;
    auto *loaded = new QTranslator(QCoreApplication::instance());
    if (!loaded->load(QStringLiteral(":/i18n/kizuna_core_ja.qm")) ||
        !QCoreApplication::installTranslator(loaded)) {
        delete loaded;
        return false;
    }
    translator = loaded;
    return true;
}

} // namespace kizuna
