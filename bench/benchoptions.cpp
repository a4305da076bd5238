#include "benchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace kizuna::bench {

BenchOptions BenchOptions::parse(const QCoreApplication &app, const QString &description,
                                 const QString &repeatsHelp, int defaultRepeats)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Contacts in the database."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the generated data."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/kizuna-bench")});
    parser.addOption({QStringLiteral("repeats"), repeatsHelp, QStringLiteral("N"),
                      QString::number(defaultRepeats)});
    parser.addOption(serverOption());
    parser.process(app);
    BenchOptions options;
    options.contacts = parser.value(QStringLiteral("contacts")).toLongLong();
    options.repeats = parser.value(QStringLiteral("repeats")).toInt();
    options.dir = parser.value(QStringLiteral("dir"));
    options.server = parser.value(QStringLiteral("server"));
    QDir().mkpath(options.dir);
    return options;
}

QCommandLineOption BenchOptions::serverOption()
{
    return {QStringLiteral("server"),
            QStringLiteral("Run the queries on this server database "
                           "(postgresql://USER@HOST:PORT/DBNAME), filled from the generated "
                           "file when it is empty."),
            QStringLiteral("ADDRESS")};
}

QString BenchOptions::databasePath(const QString &stem) const
{
    return dir + QStringLiteral("/%1-%2.sqlite").arg(stem).arg(contacts);
}

} // namespace kizuna::bench
