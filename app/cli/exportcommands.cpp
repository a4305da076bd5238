#include "exportcommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "contactoptions.h"
#include "export/contactexporter.h"

#include <QCoreApplication>

namespace kizuna::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommands", text);
}
} // namespace

int runExport(CliContext &context, const QStringList &arguments)
{
    const CommandLine line(arguments,
                           {QStringLiteral("encoding"), QStringLiteral("stage"),
                            QStringLiteral("tag"), QStringLiteral("source"),
                            QStringLiteral("search"), QStringLiteral("ids")},
                           {QStringLiteral("no-formula-guard")});
    line.expectPositionals(2);
    const QString format = line.positional(0, tr("format (csv or vcard)"));
    const QString path = line.positional(1, tr("file"));
    ContactListQuery query = listQueryFrom(line);
    query.search = line.value(QStringLiteral("search"));
    query.ids = idsFrom(line);
    ContactExporter exporter(context.contacts());

    ExportSummary summary;
    if (format == QStringLiteral("csv")) {
        const QString encoding = line.value(QStringLiteral("encoding"), QStringLiteral("utf-8"));
        CsvWriter::Encoding chosen = CsvWriter::Encoding::Utf8;
        if (encoding.compare(QLatin1String("cp932"), Qt::CaseInsensitive) == 0 ||
            encoding.compare(QLatin1String("shift_jis"), Qt::CaseInsensitive) == 0)
            chosen = CsvWriter::Encoding::Cp932;
        else if (encoding.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) != 0)
            throw UsageError{tr("--encoding must be utf-8 or cp932")};
        summary = exporter.exportCsv(path, query, chosen,
                                     !line.isSet(QStringLiteral("no-formula-guard")));
    } else if (format == QStringLiteral("vcard")) {
        if (line.isSet(QStringLiteral("encoding")))
            throw UsageError{tr("vCard 4.0 is always UTF-8")};
        summary = exporter.exportVcard(path, query);
    } else {
        throw UsageError{tr("export takes csv or vcard")};
    }
    context.out() << tr("Exported %1 contacts to %2.").arg(summary.contacts).arg(path) << '\n';
    for (const EncodingWarning &w : summary.warnings)
        context.err() << tr("warning: row %1, column %2: \"%3\" has characters CP932 cannot hold")
                             .arg(w.row)
                             .arg(w.column + 1)
                             .arg(w.text)
                      << '\n';
    return 0;
}

} // namespace kizuna::cli
