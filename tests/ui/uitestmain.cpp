#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Window layouts are remembered in QSettings; tests keep theirs away from the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    // CTest lists the tests by running this binary, with no display and none of the
    // test's environment: the GUI tests always render offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kizuna"));
    QCoreApplication::setApplicationName(QStringLiteral("kizuna-ui-tests"));
    // The UI is tested as Japanese users see it, which also proves the translation loads.
    QTranslator japanese;
    if (!japanese.load(QStringLiteral(":/i18n/kizuna_ja.qm"))) {
        std::fprintf(stderr, "the Japanese translation is missing from the resources\n");
        return 1;
    }
    QCoreApplication::installTranslator(&japanese);
    return Catch::Session().run(argc, argv);
}
