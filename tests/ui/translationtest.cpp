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
