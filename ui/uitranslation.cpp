#include "uitranslation.h"

#include "text/coretranslation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace kizuna {

namespace {

void installCatalogue(QObject &owner, const QString &file)
{
    auto *translator = new QTranslator(&owner);
    if (translator->load(file))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

bool UiTranslation::isSupported(const QString &language)
{
    return language.isEmpty() || language.startsWith(QStringLiteral("ja")) ||
           language.startsWith(QStringLiteral("en"));
}

QLocale UiTranslation::localeFor(const QString &language)
{
    const bool japanese = language.isEmpty() ? QLocale::system().language() == QLocale::Japanese
                                             : language.startsWith(QStringLiteral("ja"));
    return japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                    : QLocale(QLocale::English, QLocale::UnitedStates);
}

void UiTranslation::install(QObject &owner, const QString &language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Japanese) {
        // English is the source language; its catalogue holds the plural forms.
        installCatalogue(owner, QStringLiteral(":/i18n/kizuna_en.qm"));
        return;
    }
    auto *qt = new QTranslator(&owner);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    installCatalogue(owner, QStringLiteral(":/i18n/kizuna_ja.qm"));
    CoreTranslation::install(locale);
}

} // namespace kizuna
