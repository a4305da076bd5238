#include "funnelsummaryreport.h"

#include "funnel/funnelstatistics.h"
#include "funnelchartrenderer.h"
#include "reportlabels.h"
#include "text/dateformat.h"

#include <QCoreApplication>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FunnelSummaryReport", text);
}

const QString kChart = QStringLiteral("kizuna-funnel-chart");

// A header row, then the cells of each row; the first column left, numbers right.
QString tableHtml(const QStringList &header, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr>");
    for (qsizetype i = 0; i < header.size(); ++i)
        html += (i == 0 ? QStringLiteral("<th>") : QStringLiteral("<th align=\"right\">")) +
                header.at(i).toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i)
            html += (i == 0 ? QStringLiteral("<td>") : QStringLiteral("<td align=\"right\">")) +
                    row.at(i).toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

FunnelSummaryReport::FunnelSummaryReport(const Database &db, const QLocale &locale,
                                         const QDate &today)
    : m_db(db)
    , m_locale(locale)
    , m_today(today)
{}

Funnel FunnelSummaryReport::funnel(const FunnelFilter &filter) const
{
    return FunnelStatistics(m_db, m_today).compute(filter);
}

ReportWriter::Heading FunnelSummaryReport::heading(const Funnel &funnel,
                                                   const QDate &printedOn) const
{
    const FunnelFilter &f = funnel.filter;
    QString period =
        f.from.isValid()
            ? tr("Leads that entered %1 – %2")
                  .arg(DateFormat::longDate(f.from, m_locale), DateFormat::longDate(f.to, m_locale))
            : tr("Leads that entered up to %1").arg(DateFormat::longDate(f.to, m_locale));
    if (!f.source.isEmpty())
        period += tr(" · source: %1").arg(f.source);
    if (!f.tag.isEmpty())
        period += tr(" · tag: %1").arg(f.tag);
    if (!f.owner.isEmpty())
        period += tr(" · owner: %1").arg(f.owner);
    return {tr("Funnel summary"), period, printedOn};
}

QImage FunnelSummaryReport::chart(const Funnel &funnel) const
{
    return FunnelChartRenderer(m_locale).render(funnel);
}

QString FunnelSummaryReport::percent(std::optional<double> share) const
{
    return share ? m_locale.toString(*share * 100.0, 'f', 1) + QLatin1Char('%')
                 : QStringLiteral("—");
}

QString FunnelSummaryReport::html(const Funnel &funnel) const
{
    QString html = QStringLiteral("<p>") +
                   tr("%1 leads entered; %2 of them stand at lost now.")
                       .arg(m_locale.toString(funnel.leads), m_locale.toString(funnel.lostNow))
                       .toHtmlEscaped() +
                   QStringLiteral("</p>");
    if (funnel.leads == 0)
        return html + QStringLiteral("<p class=\"empty\">") +
               tr("No lead entered the funnel in this period.") + QStringLiteral("</p>");
    html += QStringLiteral("<p align=\"center\"><img src=\"") + kChart +
            QStringLiteral("\" width=\"640\"></p>");
    return html + stagesHtml(funnel) + sourcesHtml(funnel) + cohortsHtml(funnel);
}

QString FunnelSummaryReport::stagesHtml(const Funnel &funnel) const
{
    QList<QStringList> rows;
    for (const FunnelStage &s : funnel.stages) {
        const QString median = s.medianDays
                                   ? tr("%1 days").arg(m_locale.toString(*s.medianDays, 'f', 1))
                                   : QStringLiteral("—");
        rows.append({ReportLabels::stage(s.stage), m_locale.toString(s.reached),
                     m_locale.toString(s.current), percent(s.conversionToNext), median,
                     m_locale.toString(s.lost)});
    }
    return QStringLiteral("<h2>") + tr("Stages") + QStringLiteral("</h2>") +
           tableHtml({tr("Stage"), tr("Reached"), tr("Now"), tr("On to the next"),
                      tr("Median stay"), tr("Lost from here")},
                     rows);
}

QString FunnelSummaryReport::sourcesHtml(const Funnel &funnel) const
{
    QList<QStringList> rows;
    for (const SourceStats &s : funnel.sources) {
        const std::optional<double> perCustomer = s.costPerCustomer();
        rows.append(
            {s.sourceId == 0 ? tr("(no source)") : s.name, m_locale.toString(s.leads),
             m_locale.toString(s.customers), ReportLabels::amount(s.revenue, s.currency, m_locale),
             ReportLabels::amount(s.cost, s.currency, m_locale),
             perCustomer ? ReportLabels::amount(qRound64(*perCustomer), s.currency, m_locale)
                         : QStringLiteral("—"),
             percent(s.roi())});
    }
    return QStringLiteral("<h2>") + tr("Sources") + QStringLiteral("</h2>") +
           tableHtml({tr("Source"), tr("Leads"), tr("Customers"), tr("Won revenue"), tr("Cost"),
                      tr("Cost per customer"), tr("ROI")},
                     rows);
}

QString FunnelSummaryReport::cohortsHtml(const Funnel &funnel) const
{
    QList<QStringList> rows;
    for (const FunnelCohort &c : funnel.cohorts) {
        const std::optional<double> rate =
            c.leads > 0 ? std::optional<double>(double(c.customers) / double(c.leads))
                        : std::nullopt;
        // 2026年4月 in Japanese, April 2026 elsewhere.
        const QString month = m_locale.language() == QLocale::Japanese
                                  ? m_locale.toString(c.month, QStringLiteral("yyyy年M月"))
                                  : m_locale.toString(c.month, QStringLiteral("MMMM yyyy"));
        rows.append(
            {month, m_locale.toString(c.leads), m_locale.toString(c.customers), percent(rate)});
    }
    return QStringLiteral("<h2>") + tr("Customers by month of entry") + QStringLiteral("</h2>") +
           tableHtml({tr("Entered in"), tr("Leads"), tr("Customers now"), tr("Share")}, rows);
}

int FunnelSummaryReport::write(const QString &path, const Funnel &funnel,
                               const QDate &printedOn) const
{
    ReportWriter writer(m_locale);
    writer.addImage(kChart, chart(funnel));
    return writer.write(html(funnel), heading(funnel, printedOn), path);
}

int FunnelSummaryReport::print(QPagedPaintDevice &printer, const Funnel &funnel,
                               const QDate &printedOn) const
{
    ReportWriter writer(m_locale);
    writer.addImage(kChart, chart(funnel));
    return writer.print(html(funnel), heading(funnel, printedOn), printer);
}

} // namespace kizuna
