#include "migratecommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "storage/database.h"
#include "storage/databasecopier.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MigrateCommands", text);
}

void printReport(CliContext &context, const DatabaseCopier::Report &report, const QString &target)
{
    for (const DatabaseCopier::TableCount &table : report.tables)
        context.out() << table.table << '\t' << table.rows << '\n';
    context.out() << tr("Copied to %1 and checked row by row; %2 contacts in the search "
                        "index. Nothing was changed in the source.")
                         .arg(target)
                         .arg(report.indexedContacts)
                  << '\n';
    if (report.importsWithoutUndo > 0)
        context.out() << tr("%1 earlier imports are listed there but can no longer be undone: "
                            "their undo record belongs to the source.")
                             .arg(report.importsWithoutUndo)
                      << '\n';
}

} // namespace

int runMigrateToServer(CliContext &context, const QStringList &arguments)
{
    const CommandLine line(arguments, {}, {});
    const QString address = line.positional(0, tr("the server address"));
    line.expectPositionals(1);
    if (ServerAddress::isServer(context.databasePath()))
        throw UsageError{tr("migrate-to-server copies a file: name it with --db FILE")};
    if (!ServerAddress::isServer(address))
        throw UsageError{tr("migrate-to-server takes a server address, "
                            "postgresql://USER@HOST:PORT/DBNAME")};
    Database &source = context.database();
    Database target(address);
    const DatabaseCopier::Report report =
        DatabaseCopier(source, target).copy([&](const QString &table, qint64 rows) {
            context.err() << '\r' << table << ' ' << rows << Qt::flush;
        });
    context.err() << '\n';
    printReport(context, report, target.path());
    return 0;
}

int runMigrateToFile(CliContext &context, const QStringList &arguments)
{
    const CommandLine line(arguments, {}, {});
    const QString file = QFileInfo(line.positional(0, tr("the new file"))).absoluteFilePath();
    line.expectPositionals(1);
    if (!ServerAddress::isServer(context.databasePath()))
        throw UsageError{tr("migrate-to-file copies a server database: name it with "
                            "--db postgresql://USER@HOST:PORT/DBNAME")};
    if (QFileInfo::exists(file))
        throw UsageError{tr("%1 exists; migrate-to-file writes a new file").arg(file), false};
    Database &source = context.database();
    try {
        Database target(file);
        const DatabaseCopier::Report report =
            DatabaseCopier(source, target).copy([&](const QString &table, qint64 rows) {
                context.err() << '\r' << table << ' ' << rows << Qt::flush;
            });
        context.err() << '\n';
        printReport(context, report, target.path());
    } catch (...) {
        // The file was made a moment ago for this copy and holds nothing else.
        QFile::remove(file);
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));
        throw;
    }
    return 0;
}

} // namespace kizuna::cli
