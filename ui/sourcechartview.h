#pragma once

#include "domain/sourcestats.h"

#include <QChartView>
#include <QList>

namespace kizuna {

/// What each source brought in: its revenue beside its cost as bars, its return on
/// investment as a point on a second axis, and its customers under its name, one source a
/// row so long names stay readable. The sources
/// with the most revenue come first; the rest would crowd the chart unreadable.
class SourceChartView final : public QChartView
{
    Q_OBJECT

public:
    static constexpr int kMostSources = 8;

    explicit SourceChartView(QWidget *parent = nullptr);

    void setSources(const QList<SourceStats> &sources);
    /// The names of the sources drawn, top to bottom.
    QStringList sourceNames() const { return m_names; }

protected:
    /// A new palette (the desktop switched to dark) builds the chart again in its theme.
    void changeEvent(QEvent *event) override;

private:
    QList<SourceStats> m_sources;
    QStringList m_names;
};

} // namespace kizuna
