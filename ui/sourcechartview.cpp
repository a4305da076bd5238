#include "sourcechartview.h"

#include "moneyformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace kizuna {

SourceChartView::SourceChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
    setSources({});
}

void SourceChartView::setSources(const QList<SourceStats> &sources)
{
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
    roi->setPointLabelsFormat(QStringLiteral("@yPoint%"));
    roi->setPointLabelsClipping(false);

    m_names.clear();
    QStringList categories;
    double most = 1;
    double lowestRoi = 0;
    double highestRoi = 100;
    for (const SourceStats &s : sources) {
        if (m_names.size() == kMostSources)
            break;
        const QString name = s.sourceId ? s.name : tr("(no source)");
        m_names.append(name);
        categories.append(tr("%1\n%n customer(s)", nullptr, int(s.customers)).arg(name));
        // Thousands of yen keep the axis labels short.
        revenue->append(double(s.revenue) / 1000.0);
        cost->append(double(s.cost) / 1000.0);
        most = std::max({most, double(s.revenue) / 1000.0, double(s.cost) / 1000.0});
        if (const auto r = s.roi()) {
            const double pct = std::round(*r * 1000.0) / 10.0;
            roi->append(double(m_names.size() - 1), pct);
            lowestRoi = std::min(lowestRoi, pct);
            highestRoi = std::max(highestRoi, pct);
        }
    }

    auto *bars = new QBarSeries;
    bars->append(revenue);
    bars->append(cost);

    auto *chart = new QChart;
    chart->setTitle(tr("Customers, revenue and ROI by source"));
    chart->addSeries(bars);
    chart->addSeries(roi);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignBottom);
    bars->attachAxis(names);
    roi->attachAxis(names);
    auto *yen = new QValueAxis;
    yen->setRange(0, most * 1.1);
    yen->setLabelFormat(QStringLiteral("%.0f"));
    yen->setTitleText(tr("Thousands of yen"));
    chart->addAxis(yen, Qt::AlignLeft);
    bars->attachAxis(yen);
    auto *percent = new QValueAxis;
    percent->setRange(lowestRoi - 10, highestRoi * 1.15);
    percent->setLabelFormat(QStringLiteral("%.0f%%"));
    percent->setTitleText(tr("ROI"));
    chart->addAxis(percent, Qt::AlignRight);
    roi->attachAxis(percent);

    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
}

} // namespace kizuna
