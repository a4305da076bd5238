#include "sourcechartview.h"

#include "chartpalette.h"
#include "moneyformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace kizuna {

SourceChartView::SourceChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(fontMetrics().averageCharWidth() * 50, fontMetrics().height() * 15);
    setSources({});
}

void SourceChartView::setSources(const QList<SourceStats> &sources)
{
    if (&sources != &m_sources)
        m_sources = sources;
    const QLocale locale;
    auto *revenue = new QBarSet(tr("Revenue"));
    revenue->setColor(QColor(0x3E, 0x9B, 0x5C));
    auto *cost = new QBarSet(tr("Cost"));
    cost->setColor(QColor(0xB0, 0xB7, 0xC3));
    auto *roi = new QScatterSeries;
    roi->setName(tr("ROI"));
    roi->setMarkerSize(11);
    roi->setColor(QColor(0xD9, 0x6C, 0x2C));
    roi->setPointLabelsVisible(true);
    roi->setPointLabelsClipping(false);

    // Sources go top to bottom, so their names have the width they need; the category
    // axis draws its first category at the bottom, hence the reversed order.
    m_names.clear();
    QList<SourceStats> shown;
    for (const SourceStats &s : sources) {
        if (shown.size() == kMostSources)
            break;
        shown.append(s);
        m_names.append(s.sourceId ? s.name : tr("(no source)"));
    }
    QStringList categories;
    double most = 1;
    double lowestRoi = 0;
    double highestRoi = 100;
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const SourceStats &s = shown.at(i);
        const double place = double(shown.size() - 1 - i);
        categories.append(tr("%1 (%n customer(s))", nullptr, int(s.customers)).arg(m_names.at(i)));
        // Thousands of yen keep the axis labels short.
        revenue->append(double(s.revenue) / 1000.0);
        cost->append(double(s.cost) / 1000.0);
        most = std::max({most, double(s.revenue) / 1000.0, double(s.cost) / 1000.0});
        if (const auto r = s.roi()) {
            const double pct = std::round(*r * 1000.0) / 10.0;
            roi->append(pct, place);
            lowestRoi = std::min(lowestRoi, pct);
            highestRoi = std::max(highestRoi, pct);
        }
    }
    roi->setPointLabelsFormat(QStringLiteral("ROI @xPoint%"));

    auto *bars = new QHorizontalBarSeries;
    bars->append(revenue);
    bars->append(cost);

    auto *chart = new QChart;
    ChartPalette::apply(*chart, palette());
    chart->setTitle(tr("Customers, revenue and ROI by source"));
    chart->addSeries(bars);
    chart->addSeries(roi);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    bars->attachAxis(names);
    roi->attachAxis(names);
    auto *yen = new QValueAxis;
    yen->setRange(0, most * 1.05);
    yen->setLabelFormat(QStringLiteral("%.0f"));
    yen->applyNiceNumbers();
    yen->setTitleText(tr("Thousands of yen"));
    chart->addAxis(yen, Qt::AlignBottom);
    bars->attachAxis(yen);
    auto *percent = new QValueAxis;
    percent->setRange(lowestRoi, highestRoi * 1.15);
    percent->applyNiceNumbers();
    percent->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(percent, Qt::AlignTop);
    roi->attachAxis(percent);

    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
}

void SourceChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setSources(m_sources);
}

} // namespace kizuna
