#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    // Tests must not depend on the machine's locale; names and dates are checked in both.
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    // A QGuiApplication because the reports lay out text, which needs the font database;
    // offscreen, because tests run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kizuna-tests"));
    return Catch::Session().run(argc, argv);
}
