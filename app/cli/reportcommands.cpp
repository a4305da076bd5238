#include "reportcommands.h"

#include "clicontext.h"
#include "commandline.h"
#include "contactoptions.h"
#include "contacts/contactservice.h"
#include "funnelcommand.h"
#include "io/fileerror.h"
#include "nurtureoptions.h"
#include "report/callsheetreport.h"
#include "report/contactprofilereport.h"
#include "report/funnelsummaryreport.h"
#include "storage/database.h"
#include "text/coretranslation.h"

#include <QCoreApplication>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportCommands", text);
}

const QString kPdf = QStringLiteral("pdf");
const QString kLang = QStringLiteral("lang");

// Paper goes to the people the cards are from: Japanese dates and name order unless asked.
QLocale localeFrom(const CommandLine &line)
{
    const QString lang = line.value(kLang, QStringLiteral("ja"));
    if (lang == QStringLiteral("ja")) {
        const QLocale japanese(QLocale::Japanese, QLocale::Japan);
        CoreTranslation::install(japanese); // the report's words, not the CLI's messages
        return japanese;
    }
    if (lang == QStringLiteral("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    throw UsageError{tr("--lang must be ja or en")};
}

QString pdfPath(const CommandLine &line)
{
    if (!line.isSet(kPdf) || line.value(kPdf).isEmpty())
        throw UsageError{tr("report needs --pdf FILE")};
    return line.value(kPdf);
}

void printWritten(CliContext &context, int pages, const QString &path)
{
    context.out() << (pages == 1 ? tr("Wrote 1 page to %1.").arg(path)
                                 : tr("Wrote %1 pages to %2.").arg(pages).arg(path))
                  << '\n';
    context.out().flush();
}

int runCallSheet(CliContext &context, const QStringList &arguments)
{
    const CommandLine line(arguments,
                           {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("ids"),
                            kPdf, kLang, ownerOption()},
                           ownerFlags());
    line.expectPositionals(0);
    if (!line.isSet(QStringLiteral("from")) || !line.isSet(QStringLiteral("to")))
        throw UsageError{tr("report followups needs --from D and --to D")};
    const OwnerFilter owner = ownerFilterFrom(line, context.database().userName());
    const QDate from = parseDateOption(QStringLiteral("from"), line.value(QStringLiteral("from")));
    const QDate to = parseDateOption(QStringLiteral("to"), line.value(QStringLiteral("to")));
    if (from > to)
        throw UsageError{tr("--from must not be after --to")};
    const QString path = pdfPath(line);
    context.refreshScores();
    CallSheetReport report(context.database(), localeFrom(line));
    report.setOwner(owner);
    if (const auto ids = idsFrom(line)) {
        // A mistyped id would only leave its follow-ups off the sheet: name it instead.
        for (qint64 id : *ids)
            context.contacts().get(id);
        report.setContacts(*ids);
    }
    const int pages = report.write(path, from, to, context.today());
    printWritten(context, pages, path);
    return 0;
}

int runProfile(CliContext &context, const QStringList &arguments)
{
    const CommandLine line(arguments, {kPdf, kLang}, {});
    line.expectPositionals(1);
    const qint64 id = line.id(0, tr("contact id"));
    const QString path = pdfPath(line);
    context.refreshScores();
    const int pages = ContactProfileReport(context.database(), context.contacts(), localeFrom(line))
                          .write(path, id, context.today());
    printWritten(context, pages, path);
    return 0;
}

int runFunnelSummary(CliContext &context, const QStringList &arguments)
{
    QStringList options = funnelFilterOptions();
    options << kPdf << kLang << QStringLiteral("png");
    const CommandLine line(arguments, options, {});
    line.expectPositionals(0);
    const FunnelFilter filter = funnelFilterFrom(line);
    const QString path = pdfPath(line);
    const FunnelSummaryReport report(context.database(), localeFrom(line), context.today());
    const Funnel funnel = report.funnel(filter);
    if (line.isSet(QStringLiteral("png"))) {
        const QString png = line.value(QStringLiteral("png"));
        if (png.isEmpty() || !report.chart(funnel).save(png, "PNG"))
            throw FileError(png, 0, tr("the chart cannot be written there"));
        context.out() << tr("Wrote the chart to %1.").arg(png) << '\n';
    }
    printWritten(context, report.write(path, funnel, context.today()), path);
    return 0;
}

} // namespace

int runReport(CliContext &context, const QStringList &arguments)
{
    if (arguments.isEmpty())
        throw UsageError{tr("report takes followups, contact or funnel")};
    const QString what = arguments.first();
    if (what == QStringLiteral("followups"))
        return runCallSheet(context, arguments.mid(1));
    if (what == QStringLiteral("contact"))
        return runProfile(context, arguments.mid(1));
    if (what == QStringLiteral("funnel"))
        return runFunnelSummary(context, arguments.mid(1));
    throw UsageError{tr("unknown report \"%1\"").arg(what)};
}

} // namespace kizuna::cli
