#include "funnelchartview.h"

#include "chartpalette.h"
#include "moneyformat.h"
#include "stagepalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>

namespace kizuna {

FunnelChartView::FunnelChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    // In lines and characters, so a larger font gets a larger chart.
    setMinimumSize(fontMetrics().averageCharWidth() * 50, fontMetrics().height() * 18);
    setFunnel({});
}

void FunnelChartView::setFunnel(const Funnel &funnel)
{
    if (&funnel != &m_funnel)
        m_funnel = funnel;
    const QLocale locale;
    qint64 widest = 1;
    for (const FunnelStage &s : funnel.stages)
        widest = std::max(widest, s.reached);

    // A stacked bar a stage: a transparent pad of half the missing width centres the
    // coloured part. Each stage has its own set so it can have its own colour.
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.8);
    auto *pad = new QBarSet(QString());
    pad->setColor(Qt::transparent);
    pad->setBorderColor(Qt::transparent);
    series->append(pad);
    QList<QBarSet *> stageSets;
    for (const FunnelStage &s : funnel.stages) {
        auto *set = new QBarSet(StagePalette::label(s.stage));
        set->setColor(StagePalette::accent(s.stage));
        set->setBorderColor(StagePalette::accent(s.stage).darker(120));
        stageSets.append(set);
        series->append(set);
    }

    // The category axis draws its first category at the bottom: the stages go in reversed.
    m_labels.clear();
    QStringList categories;
    for (qsizetype row = 0; row < funnel.stages.size(); ++row) {
        const FunnelStage &s = funnel.stages.at(row);
        QString label = tr("%1: %2").arg(StagePalette::label(s.stage), locale.toString(s.reached));
        if (row > 0)
            label +=
                QStringLiteral("<br>") +
                tr("%1 of the stage above")
                    .arg(MoneyFormat::percent(funnel.stages.at(row - 1).conversionToNext, locale));
        m_labels.append(label);
    }
    for (qsizetype row = funnel.stages.size() - 1; row >= 0; --row) {
        const qint64 reached = funnel.stages.at(row).reached;
        pad->append(double(widest - reached) / 2.0);
        for (qsizetype set = 0; set < stageSets.size(); ++set)
            stageSets.at(set)->append(set == row ? double(reached) : 0.0);
        categories.append(m_labels.at(row));
    }

    auto *chart = new QChart;
    ChartPalette::apply(*chart, palette());
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setTitle(tr("Funnel: %n lead(s) entered", nullptr, int(funnel.leads)) +
                    (funnel.lostNow > 0 ? tr(" · %1 lost now").arg(locale.toString(funnel.lostNow))
                                        : QString()));
    auto *stagesAxis = new QBarCategoryAxis;
    stagesAxis->append(categories);
    stagesAxis->setGridLineVisible(false);
    chart->addAxis(stagesAxis, Qt::AlignLeft);
    series->attachAxis(stagesAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, double(widest));
    countAxis->setVisible(false);
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(countAxis);

    QChart *previous = this->chart();
    setChart(chart);
    // setChart() leaves the old chart to its caller.
    delete previous;
}

void FunnelChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setFunnel(m_funnel);
}

} // namespace kizuna
