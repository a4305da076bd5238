#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    // Tests must not depend on the machine's locale; names and dates are checked in both.
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kizuna-tests"));
    return Catch::Session().run(argc, argv);
}
