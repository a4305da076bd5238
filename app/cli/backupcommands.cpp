#include "backupcommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "storage/backupservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BackupCommands", text);
}

const QString kJson = QStringLiteral("json");

int listBackups(CliContext &context, const CommandLine &line)
{
    const QList<BackupFile> backups = BackupService::list(context.databasePath());
    if (line.isSet(kJson)) {
        QJsonArray array;
        for (const BackupFile &b : backups)
            array.append(QJsonObject{{QStringLiteral("file"), b.path},
                                     {QStringLiteral("taken_at"), b.takenAt.toString(Qt::ISODate)},
                                     {QStringLiteral("bytes"), b.bytes}});
        context.printJson(array);
        return 0;
    }
    for (const BackupFile &b : backups)
        context.out() << b.path << '\t' << b.takenAt.toString(Qt::ISODate) << '\t' << b.bytes
                      << '\n';
    return 0;
}

} // namespace

int runBackup(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const CommandLine line(arguments.mid(1), {}, {kJson});
    if (sub == QStringLiteral("list")) {
        line.expectPositionals(0);
        return listBackups(context, line);
    }
    if (sub == QStringLiteral("now")) {
        line.expectPositionals(0);
        context.out() << BackupService(context.database()).backUpNow() << '\n';
        return 0;
    }
    if (sub == QStringLiteral("auto")) {
        line.expectPositionals(0);
        const auto made = BackupService(context.database()).backUpIfDue(context.today());
        context.out() << (made ? *made : tr("A backup was already taken today.")) << '\n';
        return 0;
    }
    if (sub == QStringLiteral("keep")) {
        line.expectPositionals(1);
        bool ok = false;
        const int keep = line.positional(0, tr("number of backups")).toInt(&ok);
        if (!ok)
            throw UsageError{tr("backup keep takes a number")};
        BackupService(context.database()).setKeepCount(keep);
        return 0;
    }
    if (sub == QStringLiteral("restore")) {
        line.expectPositionals(1);
        const QString keptAside =
            BackupService::restore(context.databasePath(), line.positional(0, tr("backup file")));
        // Opening the restored file brings its schema up to date and proves it opens.
        context.database();
        context.out() << tr("Restored %1.").arg(line.positional(0, {})) << '\n';
        if (!keptAside.isEmpty())
            context.out() << tr("The previous file was kept as %1.").arg(keptAside) << '\n';
        return 0;
    }
    throw UsageError{tr("backup takes now, list, auto, keep N or restore FILE")};
}

} // namespace kizuna::cli
