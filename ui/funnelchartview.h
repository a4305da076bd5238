#pragma once

#include "domain/funnel.h"

#include <QChartView>
#include <QStringList>

namespace kizuna {

/// The funnel as a chart: one bar a stage, cold at the top, each as wide as the number of
/// leads that reached it and centred, so the narrowing reads as a funnel; beside each stage
/// the count and the share of the stage above that got this far.
class FunnelChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit FunnelChartView(QWidget *parent = nullptr);

    void setFunnel(const Funnel &funnel);
    /// The stage labels as drawn (rich text: a <br> between count and share), top to bottom.
    QStringList stageLabels() const { return m_labels; }

protected:
    /// A new palette (the desktop switched to dark) builds the chart again in its theme.
    void changeEvent(QEvent *event) override;

private:
    Funnel m_funnel;
    QStringList m_labels;
};

} // namespace kizuna
