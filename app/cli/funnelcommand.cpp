#include "funnelcommand.h"

#include "clicontext.h"
#include "commandline.h"
#include "contactoptions.h"
#include "funnel/funnelstatistics.h"
#include "nurturejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kizuna::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FunnelCommand", text);
}

const QString kJson = QStringLiteral("json");

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject funnelToJson(const Funnel &funnel)
{
    QJsonArray stages;
    for (const FunnelStage &s : funnel.stages)
        stages.append(QJsonObject{
            {QStringLiteral("stage"), stageKey(s.stage)},
            {QStringLiteral("reached"), s.reached},
            {QStringLiteral("current"), s.current},
            {QStringLiteral("conversion_to_next"), orNull(s.conversionToNext)},
            {QStringLiteral("median_days"), orNull(s.medianDays)},
            {QStringLiteral("lost"), s.lost},
        });
    QJsonArray sources;
    for (const SourceStats &s : funnel.sources)
        sources.append(sourceStatsToJson(s));
    QJsonArray cohorts;
    for (const FunnelCohort &c : funnel.cohorts)
        cohorts.append(QJsonObject{
            {QStringLiteral("month"), c.month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("leads"), c.leads},
            {QStringLiteral("customers"), c.customers},
        });
    return QJsonObject{
        {QStringLiteral("from"), dateOrNull(funnel.filter.from)},
        {QStringLiteral("to"), dateOrNull(funnel.filter.to)},
        {QStringLiteral("owner"),
         funnel.filter.owner.isEmpty() ? QJsonValue() : QJsonValue(funnel.filter.owner)},
        {QStringLiteral("leads"), funnel.leads},
        {QStringLiteral("lost_now"), funnel.lostNow},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("cohorts"), cohorts},
    };
}

QString percent(const std::optional<double> &ratio)
{
    return ratio ? QString::number(*ratio * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

void printFunnel(QTextStream &out, const Funnel &funnel)
{
    out << tr("leads that entered %1 to %2: %3 (lost now: %4)")
               .arg(funnel.filter.from.isValid() ? funnel.filter.from.toString(Qt::ISODate)
                                                 : tr("the start"),
                    funnel.filter.to.toString(Qt::ISODate))
               .arg(funnel.leads)
               .arg(funnel.lostNow)
        << '\n';
    out << tr("stage\treached\tnow\tto next\tmedian days\tlost") << '\n';
    for (const FunnelStage &s : funnel.stages)
        out << stageKey(s.stage) << '\t' << s.reached << '\t' << s.current << '\t'
            << percent(s.conversionToNext) << '\t'
            << (s.medianDays ? QString::number(*s.medianDays, 'f', 1) : QStringLiteral("-")) << '\t'
            << s.lost << '\n';
    out << '\n' << tr("source\tleads\tcustomers\trevenue\tcost\tROI") << '\n';
    for (const SourceStats &s : funnel.sources) {
        const auto roi = s.roi();
        out << (s.sourceId ? s.name : tr("(no source)")) << '\t' << s.leads << '\t' << s.customers
            << '\t' << s.revenue << '\t' << s.cost << '\t'
            << (roi ? QString::number(*roi, 'f', 2) : QStringLiteral("-")) << '\n';
    }
    out << '\n' << tr("entered\tleads\tcustomers now") << '\n';
    for (const FunnelCohort &c : funnel.cohorts)
        out << c.month.toString(QStringLiteral("yyyy-MM")) << '\t' << c.leads << '\t' << c.customers
            << '\n';
}

} // namespace

QStringList funnelFilterOptions()
{
    return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("source"),
            QStringLiteral("tag"), QStringLiteral("owner")};
}

FunnelFilter funnelFilterFrom(const CommandLine &line)
{
    FunnelFilter filter;
    if (line.isSet(QStringLiteral("from")))
        filter.from = parseDateOption(QStringLiteral("from"), line.value(QStringLiteral("from")));
    if (line.isSet(QStringLiteral("to")))
        filter.to = parseDateOption(QStringLiteral("to"), line.value(QStringLiteral("to")));
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        throw UsageError{tr("--from must not be after --to")};
    filter.source = line.value(QStringLiteral("source"));
    filter.tag = line.value(QStringLiteral("tag"));
    filter.owner = line.value(QStringLiteral("owner")).trimmed();
    return filter;
}

int runFunnel(CliContext &context, const QStringList &arguments)
{
    const CommandLine line(arguments, funnelFilterOptions(), {kJson});
    line.expectPositionals(0);
    const FunnelFilter filter = funnelFilterFrom(line);
    const Funnel funnel = FunnelStatistics(context.database(), context.today()).compute(filter);
    if (line.isSet(kJson))
        context.printJson(funnelToJson(funnel));
    else
        printFunnel(context.out(), funnel);
    context.out().flush();
    return 0;
}

} // namespace kizuna::cli
