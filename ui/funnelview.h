#pragma once

#include "domain/funnel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kizuna {

class ContactService;
class FunnelChartView;
class FunnelCohortModel;
class FunnelLoader;
class FunnelStageModel;
class OwnerChooser;
class SourceChartView;

/// The funnel page: the funnel chart, what each source brought in and the monthly cohorts
/// for a chosen period and source. The numbers are computed on a worker thread; the page
/// shows that it is counting and stays usable meanwhile. Computed when first shown, not at
/// start-up: a large history takes a while to count.
class FunnelView final : public QWidget
{
    Q_OBJECT

public:
    /// `service` must outlive the view.
    explicit FunnelView(ContactService &service, QWidget *parent = nullptr);
    ~FunnelView() override;

    /// Recomputes with the current filters and reloads the list of sources.
    void refresh();
    /// Writes the funnel chart as a PNG file; false when the file could not be written.
    bool exportChart(const QString &path) const;
    /// Writes the funnel summary report of the filters shown as a PDF; returns the pages.
    /// Throws FileError or StorageError.
    int saveSummary(const QString &path) const;

    bool isBusy() const;
    /// The last funnel shown.
    const Funnel &funnel() const { return m_funnel; }
    QComboBox *periodPresets() const { return m_presets; }
    QComboBox *sourceFilter() const { return m_source; }
    OwnerChooser *ownerFilter() const { return m_owner; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    FunnelChartView *funnelChart() const { return m_funnelChart; }
    SourceChartView *sourceChart() const { return m_sourceChart; }
    FunnelStageModel *stageModel() const { return m_stages; }
    FunnelCohortModel *cohortModel() const { return m_cohorts; }
    QString summaryText() const;

signals:
    /// A funnel was computed and is on screen.
    void funnelShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyPreset();
    void datesEdited();
    void showSources(const QStringList &names);
    void compute();
    void present(const Funnel &funnel, const QStringList &sourceNames);
    void showFailure(const QString &message);
    void setBusy(bool busy);
    void askExport();
    void previewSummary();
    FunnelFilter filter() const;

    ContactService &m_service;
    FunnelLoader *m_loader = nullptr;
    Funnel m_funnel;
    bool m_stale = true;
    QComboBox *m_presets = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_source = nullptr;
    OwnerChooser *m_owner = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_printSummary = nullptr;
    QPushButton *m_saveSummary = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    FunnelChartView *m_funnelChart = nullptr;
    SourceChartView *m_sourceChart = nullptr;
    FunnelStageModel *m_stages = nullptr;
    FunnelCohortModel *m_cohorts = nullptr;
    QTableView *m_stageTable = nullptr;
    QTableView *m_cohortTable = nullptr;
};

} // namespace kizuna
