#include "funnelview.h"

#include "contacts/contactservice.h"
#include "funnelchartview.h"
#include "funnelcohortmodel.h"
#include "funnelloader.h"
#include "funnelperiod.h"
#include "funnelstagemodel.h"
#include "ownerchooser.h"
#include "report/funnelsummaryreport.h"
#include "reportpreview.h"

#include "sourcechartview.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/userrepository.h"
#include "text/dateformat.h"
#include <QPrinter>

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace kizuna {

namespace {

// The earliest day the start field offers; there it reads "from the start" and means no
// lower bound, since a QDateEdit cannot hold a null date.
const QDate kOpenStart(2000, 1, 1);

QTableView *numbersTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

FunnelView::FunnelView(ContactService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_loader = new FunnelLoader(service.database(), this);
    m_stages = new FunnelStageModel(this);
    m_cohorts = new FunnelCohortModel(this);

    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("periodPresets"));
    m_presets->addItem(tr("This month"), int(FunnelPeriod::Preset::ThisMonth));
    m_presets->addItem(tr("Last 12 months"), int(FunnelPeriod::Preset::Last12Months));
    m_presets->addItem(tr("All time"), int(FunnelPeriod::Preset::AllTime));
    m_presets->addItem(tr("Custom"), int(FunnelPeriod::Preset::Custom));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_from->setMinimumDate(kOpenStart);
    m_from->setSpecialValueText(tr("from the start"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setCalendarPopup(true);
    m_to->setMinimumDate(kOpenStart);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    showSources({});
    m_export = new QPushButton(tr("Export chart as PNG…"), this);
    m_printSummary = new QPushButton(tr("&Print summary…"), this);
    m_printSummary->setObjectName(QStringLiteral("printSummary"));
    m_saveSummary = new QPushButton(tr("Save summary as P&DF…"), this);
    m_saveSummary->setObjectName(QStringLiteral("saveSummary"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // a busy indicator: the count has no known length
    m_busy->setMaximumWidth(m_busy->fontMetrics().averageCharWidth() * 16);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto *filters = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_presets);
    filters->addWidget(periodLabel);
    filters->addWidget(m_presets);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);
    filters->addSpacing(12);
    filters->addWidget(sourceLabel);
    filters->addWidget(m_source);
    m_owner = new OwnerChooser(OwnerChooser::Default::Everyone, this);
    m_owner->setObjectName(QStringLiteral("funnelOwner"));
    auto *ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    filters->addSpacing(12);
    filters->addWidget(ownerLabel);
    filters->addWidget(m_owner);
    filters->addSpacing(12);
    filters->addWidget(m_busy);
    filters->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("funnelSummary"));
    m_summary->setWordWrap(true);

    m_funnelChart = new FunnelChartView(this);
    m_funnelChart->setObjectName(QStringLiteral("funnelChart"));
    m_sourceChart = new SourceChartView(this);
    m_sourceChart->setObjectName(QStringLiteral("sourceChart"));
    m_stageTable = numbersTable(m_stages, this);
    m_stageTable->setObjectName(QStringLiteral("stageTable"));
    m_cohortTable = numbersTable(m_cohorts, this);
    m_cohortTable->setObjectName(QStringLiteral("cohortTable"));

    // The stage table shows all five stages without scrolling.
    const int rowHeight = m_stageTable->fontMetrics().height() + 10;
    m_stageTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_cohortTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_stageTable->setMinimumHeight(6 * rowHeight + 2 * m_stageTable->frameWidth() + 4);
    m_stageTable->setMaximumHeight(m_stageTable->minimumHeight());

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_funnelChart);
    left->addWidget(m_stageTable);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 0);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_sourceChart);
    right->addWidget(m_cohortTable);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 1);
    // Source names are long: their chart gets the wider column.
    auto *columns = new QSplitter(this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 4);
    columns->setStretchFactor(1, 5);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    // The outputs sit beside the summary of what they hold, leaving the filters their row.
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_export);
    summaryRow->addWidget(m_printSummary);
    summaryRow->addWidget(m_saveSummary);
    layout->addLayout(summaryRow);
    layout->addWidget(columns, 1);

    m_presets->setCurrentIndex(m_presets->findData(int(FunnelPeriod::Preset::Last12Months)));
    applyPreset();

    connect(m_presets, &QComboBox::activated, this, &FunnelView::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &FunnelView::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &FunnelView::datesEdited);
    connect(m_source, &QComboBox::activated, this, &FunnelView::compute);
    connect(m_owner, &OwnerChooser::filterChanged, this, &FunnelView::compute);
    connect(m_export, &QPushButton::clicked, this, &FunnelView::askExport);
    connect(m_printSummary, &QPushButton::clicked, this, &FunnelView::previewSummary);
    connect(m_saveSummary, &QPushButton::clicked, this, [this] {
        ReportPreview::saveAsPdf(this, tr("Funnel summary"), tr("funnel-summary.pdf"),
                                 [this](const QString &path) { return saveSummary(path); });
    });
    connect(m_loader, &FunnelLoader::started, this, [this] { setBusy(true); });
    connect(m_loader, &FunnelLoader::loaded, this, &FunnelView::present);
    connect(m_loader, &FunnelLoader::failed, this, &FunnelView::showFailure);
}

FunnelView::~FunnelView() = default;

void FunnelView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void FunnelView::refresh()
{
    m_stale = false;
    try {
        m_owner->setUsers(UserRepository(m_service.database()).known(),
                          m_service.database().userName());
    } catch (const StorageError &error) {
        // Everyone's funnel still computes; the list of owners waits for the next refresh.
        m_summary->setText(error.message());
    }
    compute();
}

void FunnelView::showSources(const QStringList &names)
{
    const QString chosen = m_source->currentData().toString();
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const QString &name : names)
        m_source->addItem(name, name);
    m_source->setCurrentIndex(std::max(0, m_source->findData(chosen)));
}

void FunnelView::applyPreset()
{
    const auto preset = FunnelPeriod::Preset(m_presets->currentData().toInt());
    if (preset != FunnelPeriod::Preset::Custom) {
        const FunnelPeriod period = FunnelPeriod::of(preset, m_service.today());
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(period.from.isValid() ? period.from : kOpenStart);
        m_to->setDate(period.to.isValid() ? period.to : m_service.today());
    }
    compute();
}

void FunnelView::datesEdited()
{
    m_presets->setCurrentIndex(m_presets->findData(int(FunnelPeriod::Preset::Custom)));
    compute();
}

FunnelFilter FunnelView::filter() const
{
    FunnelFilter f;
    if (m_from->date() > kOpenStart)
        f.from = m_from->date();
    f.to = m_to->date();
    f.source = m_source->currentData().toString();
    f.owner = m_owner->filter().user;
    return f;
}

void FunnelView::compute()
{
    // Hidden, the page waits: it counts when the user comes to look.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_from->date() > kOpenStart && m_to->date() < m_from->date()) {
        m_summary->setText(tr("The period ends before it starts: choose an end on or after %1.")
                               .arg(DateFormat::longDate(m_from->date(), QLocale())));
        return;
    }
    m_loader->load(filter(), m_service.today());
}

void FunnelView::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_export->setEnabled(!busy);
    if (busy)
        m_summary->setText(tr("Counting the funnel…"));
}

bool FunnelView::isBusy() const
{
    return m_loader->isBusy();
}

void FunnelView::present(const Funnel &funnel, const QStringList &sourceNames)
{
    m_funnel = funnel;
    showSources(sourceNames);
    setBusy(false);
    m_funnelChart->setFunnel(funnel);
    m_sourceChart->setSources(funnel.sources);
    m_stages->setFunnel(funnel);
    m_cohorts->setFunnel(funnel);
    const QLocale locale;
    const QString from = funnel.filter.from.isValid()
                             ? DateFormat::longDate(funnel.filter.from, locale)
                             : tr("the first card");
    QString source = funnel.filter.source.isEmpty() ? tr("all sources") : funnel.filter.source;
    if (!funnel.filter.owner.isEmpty())
        source = tr("%1, %2's leads").arg(source, funnel.filter.owner);
    m_summary->setText(tr("Leads that entered from %1 to %2, %3: %4.")
                           .arg(from, DateFormat::longDate(funnel.filter.to, locale), source,
                                locale.toString(funnel.leads)));
    emit funnelShown();
}

void FunnelView::showFailure(const QString &message)
{
    setBusy(false);
    m_summary->setText(tr("Could not count the funnel: %1").arg(message));
}

QString FunnelView::summaryText() const
{
    return m_summary->text();
}

int FunnelView::saveSummary(const QString &path) const
{
    const FunnelSummaryReport report(m_service.database(), QLocale(), m_service.today());
    return report.write(path, report.funnel(filter()), m_service.today());
}

void FunnelView::previewSummary()
{
    const FunnelFilter shown = filter();
    ReportPreview::preview(this, tr("Funnel summary"), [this, shown](QPrinter &printer) {
        const FunnelSummaryReport report(m_service.database(), QLocale(), m_service.today());
        return report.print(printer, report.funnel(shown), m_service.today());
    });
}

bool FunnelView::exportChart(const QString &path) const
{
    return m_funnelChart->grab().save(path, "PNG");
}

void FunnelView::askExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                                                      folder + QStringLiteral("/funnel.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportChart(path))
        QMessageBox::warning(this, tr("Export chart as PNG"),
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace kizuna
