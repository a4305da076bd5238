#include "cliapplication.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    const QStringList arguments = [&] {
        QStringList list;
        for (int i = 1; i < argc; ++i)
            list.append(QString::fromLocal8Bit(argv[i]));
        return list;
    }();
    if (kizuna::cli::CliApplication::needsGui(arguments)) {
        // The CLI runs from scripts and over ssh: reports draw into a PDF, never onto a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
