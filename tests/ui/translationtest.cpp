#include "uitranslation.h"

#include "qtcatch.h"

#include <QCoreApplication>
#include <QTranslator>

TEST_CASE("the English catalogue writes plurals as English does", "[gui][translation]")
{
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/kizuna_en.qm")));
    CHECK(english.translate("kizuna::MainWindow", "%n contact(s)", nullptr, 1) ==
          QStringLiteral("%n contact"));
    CHECK(english.translate("kizuna::MainWindow", "%n contact(s)", nullptr, 2) ==
          QStringLiteral("%n contacts"));
    QCoreApplication::installTranslator(&english);
    CHECK(QCoreApplication::translate("kizuna::MainWindow", "%n contact(s)", nullptr, 1) ==
          QStringLiteral("1 contact"));
    CHECK(QCoreApplication::translate("kizuna::FunnelChartView", "Funnel: %n lead(s) entered",
                                      nullptr, 12) == QStringLiteral("Funnel: 12 leads entered"));
    QCoreApplication::removeTranslator(&english);
}

TEST_CASE("the Japanese catalogue is compiled in", "[gui][translation]")
{
    QTranslator japanese;
    REQUIRE(japanese.load(QStringLiteral(":/i18n/kizuna_ja.qm")));
    CHECK(japanese.translate("kizuna::MainWindow", "&Settings…") == QStringLiteral("設定(&S)…"));
}

TEST_CASE("the window speaks the language asked for, Japanese when the system does",
          "[gui][translation]")
{
    CHECK(kizuna::UiTranslation::isSupported(QStringLiteral("ja")));
    CHECK(kizuna::UiTranslation::isSupported(QStringLiteral("en_GB")));
    CHECK(kizuna::UiTranslation::isSupported(QString()));
    CHECK_FALSE(kizuna::UiTranslation::isSupported(QStringLiteral("fr")));
    CHECK(kizuna::UiTranslation::localeFor(QStringLiteral("ja")) ==
          QLocale(QLocale::Japanese, QLocale::Japan));
    CHECK(kizuna::UiTranslation::localeFor(QStringLiteral("en")) ==
          QLocale(QLocale::English, QLocale::UnitedStates));
    const bool systemJapanese = QLocale::system().language() == QLocale::Japanese;
    CHECK((kizuna::UiTranslation::localeFor(QString()).language() == QLocale::Japanese) ==
          systemJapanese);
}

TEST_CASE("installing English sets the locale and the plural forms until its owner goes",
          "[gui][translation]")
{
    const QLocale before;
    const auto contacts = [] {
        return QCoreApplication::translate("kizuna::MainWindow", "%n contact(s)", nullptr, 2);
    };
    const QString shownBefore = contacts(); // the test runner's Japanese
    {
        QObject owner;
        kizuna::UiTranslation::install(owner, QStringLiteral("en"));
        CHECK(QLocale().language() == QLocale::English);
        CHECK(contacts() == QStringLiteral("2 contacts"));
    }
    CHECK(contacts() == shownBefore);
    QLocale::setDefault(before);
}
