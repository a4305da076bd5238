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
    parser.process(app);
    BenchOptions options;
    options.contacts = parser.value(QStringLiteral("contacts")).toLongLong();
    options.repeats = parser.value(QStringLiteral("repeats")).toInt();
    options.dir = parser.value(QStringLiteral("dir"));
    QDir().mkpath(options.dir);
    return options;
}

QString BenchOptions::databasePath(const QString &stem) const
{
    return dir + QStringLiteral("/%1-%2.sqlite").arg(stem).arg(contacts);
}

} // namespace kizuna::bench
