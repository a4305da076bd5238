#include "importcommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "contacts/contactservice.h"
#include "import/contactimporter.h"
#include "import/importhistory.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommands", text);
}

const QString kJson = QStringLiteral("json");

QJsonObject summaryJson(const ImportSummary &s)
{
    QJsonObject o{
        {QStringLiteral("batch_id"), s.batchId},  {QStringLiteral("rows"), s.rows},
        {QStringLiteral("created"), s.created},   {QStringLiteral("merged"), s.merged},
        {QStringLiteral("skipped"), s.skipped},   {QStringLiteral("rejected"), s.rejected},
        {QStringLiteral("encoding"), s.encoding}, {QStringLiteral("preset"), s.preset},
        {QStringLiteral("dry_run"), s.dryRun}};
    QJsonArray rejects;
    for (const RejectedRow &r : s.rejects)
        rejects.append(
            QJsonObject{{QStringLiteral("line"), r.line}, {QStringLiteral("reason"), r.reason}});
    o.insert(QStringLiteral("rejects"), rejects);
    return o;
}

QJsonObject batchJson(const ImportBatch &b)
{
    return {{QStringLiteral("batch_id"), b.id},
            {QStringLiteral("file"), b.file},
            {QStringLiteral("encoding"), b.encoding},
            {QStringLiteral("preset"), b.preset},
            {QStringLiteral("on_duplicate"), b.onDuplicate},
            {QStringLiteral("rows"), b.rows},
            {QStringLiteral("created"), b.created},
            {QStringLiteral("merged"), b.merged},
            {QStringLiteral("skipped"), b.skipped},
            {QStringLiteral("rejected"), b.rejected},
            {QStringLiteral("imported_at"), b.importedAt.toString(Qt::ISODate)},
            {QStringLiteral("undone_at"),
             b.undoneAt.isValid() ? QJsonValue(b.undoneAt.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("undoable"), b.undoable}};
}

} // namespace

int runImport(CliContext &context, const QStringList &arguments)
{
    const CommandLine line(arguments,
                           {QStringLiteral("preset"), QStringLiteral("encoding"),
                            QStringLiteral("on-duplicate"), QStringLiteral("reject-file")},
                           {kJson, QStringLiteral("dry-run")});
    line.expectPositionals(1);
    ImportOptions options;
    options.preset = line.value(QStringLiteral("preset"), QStringLiteral("auto"));
    options.encoding = line.value(QStringLiteral("encoding"), QStringLiteral("auto"));
    if (line.isSet(QStringLiteral("on-duplicate"))) {
        const auto policy = onDuplicateFromKey(line.value(QStringLiteral("on-duplicate")));
        if (!policy)
            throw UsageError{tr("--on-duplicate must be merge, skip or create")};
        options.onDuplicate = *policy;
    }
    options.dryRun = line.isSet(QStringLiteral("dry-run"));
    options.rejectFile = line.value(QStringLiteral("reject-file"));

    ContactImporter importer(context.database(), context.contacts());
    const ImportSummary s = importer.importFile(line.positional(0, tr("file")), options);
    if (line.isSet(kJson)) {
        context.printJson(summaryJson(s));
        return 0;
    }
    context.out() << (s.dryRun ? tr("Dry run, nothing stored: ")
                               : tr("Imported batch %1: ").arg(s.batchId))
                  << tr("%1 rows: %2 created, %3 merged, %4 skipped, %5 rejected (%6, preset %7)")
                         .arg(s.rows)
                         .arg(s.created)
                         .arg(s.merged)
                         .arg(s.skipped)
                         .arg(s.rejected)
                         .arg(s.encoding, s.preset)
                  << '\n';
    for (const RejectedRow &r : s.rejects)
        context.err() << tr("line %1: %2").arg(r.line).arg(r.reason) << '\n';
    return 0;
}

int runImports(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    ImportHistory history(context.database(), context.contacts());
    if (sub == QStringLiteral("list")) {
        const CommandLine line(arguments.mid(1), {}, {kJson});
        line.expectPositionals(0);
        const QList<ImportBatch> batches = history.list();
        if (line.isSet(kJson)) {
            QJsonArray array;
            for (const ImportBatch &b : batches)
                array.append(batchJson(b));
            context.printJson(array);
            return 0;
        }
        for (const ImportBatch &b : batches)
            context.out() << b.id << '\t' << b.importedAt.toLocalTime().toString(Qt::ISODate)
                          << '\t' << b.file << '\t'
                          << tr("%1 created, %2 merged, %3 skipped, %4 rejected")
                                 .arg(b.created)
                                 .arg(b.merged)
                                 .arg(b.skipped)
                                 .arg(b.rejected)
                          << '\t' << (b.undoneAt.isValid() ? tr("undone") : QString()) << '\n';
        return 0;
    }
    if (sub == QStringLiteral("undo")) {
        const CommandLine line(arguments.mid(1), {}, {});
        line.expectPositionals(1);
        const qint64 id = line.id(0, tr("import batch id"));
        history.undo(id);
        context.out() << tr("Import %1 undone.").arg(id) << '\n';
        return 0;
    }
    throw UsageError{tr("imports takes list or undo")};
}

} // namespace kizuna::cli
