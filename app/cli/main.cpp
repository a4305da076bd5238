#include "cliapplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kizuna"));
    QCoreApplication::setApplicationName(QStringLiteral("kizuna"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIZUNA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    kizuna::cli::CliApplication cli(out, err);
    const int status = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return status;
}
