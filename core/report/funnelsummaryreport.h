#pragma once

#include "domain/funnel.h"
#include "reportwriter.h"

#include <QDate>
#include <QImage>
#include <QLocale>
#include <QString>

namespace kizuna {

class Database;

/// The funnel of a period on paper: the chart, the stages with conversion, stay and losses,
/// what each source brought in against its cost, and by month of entry how many leads are
/// customers now. For the owner who asks whether the marketing money turns into customers.
class FunnelSummaryReport final
{
public:
    /// `today` closes an open-ended period, as in FunnelStatistics.
    FunnelSummaryReport(const Database &db, const QLocale &locale, const QDate &today);

    Funnel funnel(const FunnelFilter &filter) const;
    QString html(const Funnel &funnel) const;
    ReportWriter::Heading heading(const Funnel &funnel, const QDate &printedOn) const;
    /// The chart the report shows, for a PNG of its own.
    QImage chart(const Funnel &funnel) const;

    /// Counts, lays out and writes the summary; returns the number of pages. Throws
    /// StorageError or FileError.
    int write(const QString &path, const Funnel &funnel, const QDate &printedOn) const;
    /// Paints the summary on a printer at ReportWriter::resolution(); returns the number of
    /// pages, 0 when the device could not be painted on.
    int print(QPagedPaintDevice &printer, const Funnel &funnel, const QDate &printedOn) const;

private:
    QString stagesHtml(const Funnel &funnel) const;
    QString sourcesHtml(const Funnel &funnel) const;
    QString cohortsHtml(const Funnel &funnel) const;
    QString percent(std::optional<double> share) const;

    const Database &m_db;
    QLocale m_locale;
    QDate m_today;
};

} // namespace kizuna
