#include "companiesview.h"

#include "companylistmodel.h"
#include "companypeoplemodel.h"
#include "contacts/companyservice.h"
#include "contacts/contactservice.h"
#include "dealtablemodel.h"
#include "mergecompaniescommand.h"
#include "mergecompaniesdialog.h"
#include "moneyformat.h"
#include "nurture/dealservice.h"
#include "readonlytable.h"
#include "stagepalette.h"
#include "storage/storageerror.h"
#include "timelinemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace kizuna {

namespace {
// As on the contact list: typing a word runs one query.
constexpr int kSearchDelayMs = 150;
} // namespace

CompaniesView::CompaniesView(ContactService &service, QUndoStack *undoStack, NameOrder order,
                             QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_companies(std::make_unique<CompanyService>(service.database()))
    , m_dealService(std::make_unique<DealService>(service.database(), service.today()))
    , m_undoStack(undoStack)
    , m_order(order)
{
    m_model = new CompanyListModel(*m_companies, this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("companySearch"));
    m_search->setPlaceholderText(tr("Company name or reading"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_merge = new QPushButton(tr("&Merge companies…"), this);
    m_merge->setObjectName(QStringLiteral("mergeCompanies"));
    m_merge->setToolTip(tr("Select the two companies that are one firm"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("companyCount"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_merge);

    m_table = readOnlyTable(m_model, this);
    m_table->setObjectName(QStringLiteral("companies"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CompanyListModel::NameColumn, Qt::AscendingOrder);
    // The name takes the room; the figures are as wide as their header with its sort arrow
    // (or their widest shown value), so no heading is cut.
    for (int column = 0; column < CompanyListModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(
            column, column == CompanyListModel::NameColumn ? QHeaderView::Stretch
                                                           : QHeaderView::ResizeToContents);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(buildPage());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearch(m_search->text());
        m_table->setFocus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n companies", nullptr, int(m_model->totalCount())));
        // The page shown stays: the same company when it is still listed.
        const int row = m_model->rowOf(m_shownId);
        if (row >= 0)
            m_table->selectRow(row);
        else
            showCompany();
        updateMergeButton();
    });
    connect(m_model, &CompanyListModel::fetchFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Companies"), message);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CompaniesView::showCompany);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompaniesView::updateMergeButton);
    connect(m_merge, &QPushButton::clicked, this, &CompaniesView::mergeSelected);
    connect(m_peopleTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_people->rowCount())
            emit contactActivated(m_people->personAt(index.row()).contactId);
    });
    updateMergeButton();
}

CompaniesView::~CompaniesView() = default;

QWidget *CompaniesView::buildPage()
{
    auto *page = new QWidget(this);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("companyTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("companySummary"));
    m_summary->setWordWrap(true);

    m_people = new CompanyPeopleModel(m_order, this);
    m_peopleTable = readOnlyTable(m_people, page);
    m_peopleTable->setObjectName(QStringLiteral("companyPeople"));
    m_peopleTable->setToolTip(tr("Double-click or press Return to open the person"));
    m_deals = new DealTableModel(*m_dealService, m_service, m_order, this);
    m_dealTable = readOnlyTable(m_deals, page);
    m_dealTable->setObjectName(QStringLiteral("companyDeals"));
    m_timeline = new TimelineModel(m_service.database(), this);
    m_timelineTable = readOnlyTable(m_timeline, page);
    m_timelineTable->setObjectName(QStringLiteral("companyTimeline"));
    for (QTableView *table : {m_peopleTable, m_dealTable, m_timelineTable})
        table->horizontalHeader()->setStretchLastSection(true);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("companyTabs"));
    m_tabs->addTab(m_peopleTable, tr("&People"));
    m_tabs->addTab(m_dealTable, tr("&Deals"));
    m_tabs->addTab(m_timelineTable, tr("&Timeline"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    return page;
}

void CompaniesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CompaniesView::refresh()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void CompaniesView::reload()
{
    m_stale = false;
    m_model->reload();
    // The list's rows may be the same while the page's people or deals changed.
    showCompany();
}

QList<int> CompaniesView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void CompaniesView::showCompany()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool listed = current.isValid() && current.row() < m_model->rowCount();
    m_shownId = listed ? m_model->companyAt(current.row()).id : 0;
    CompanyPage page;
    if (m_shownId) {
        try {
            page = m_companies->companyPage(m_shownId);
        } catch (const StorageError &error) {
            m_shownId = 0;
            m_summary->setText(error.message());
        }
    }
    m_people->setPeople(page.people);
    m_deals->setDeals(page.deals);
    m_timeline->setCompanyTimeline(page.timeline);
    if (!m_shownId) {
        m_title->setText(m_model->rowCount() ? tr("Select a company") : tr("No companies"));
        if (!listed)
            m_summary->clear();
        return;
    }
    const CompanySummary &s = page.summary;
    m_title->setText(s.nameKana.isEmpty() ? s.name : tr("%1 (%2)").arg(s.name, s.nameKana));
    const QString best = s.bestStage ? StagePalette::label(*s.bestStage) : MoneyFormat::none();
    m_summary->setText(
        tr("%n people · best stage %1 · %2 open deals · won %3", nullptr, s.people)
            .arg(best, QLocale().toString(s.openDeals), MoneyFormat::yen(s.wonRevenue, QLocale())));
    for (QTableView *table : {m_peopleTable, m_dealTable, m_timelineTable})
        table->resizeColumnsToContents();
}

void CompaniesView::updateMergeButton()
{
    m_merge->setEnabled(selectedRows().size() == 2);
}

void CompaniesView::mergeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 2)
        return;
    MergeCompaniesDialog dialog(m_model->companyAt(rows.at(0)), m_model->companyAt(rows.at(1)),
                                this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    merge(dialog.kept().id, dialog.absorbed().id);
}

void CompaniesView::merge(qint64 keptId, qint64 absorbedId)
{
    const int keptRow = m_model->rowOf(keptId);
    const int absorbedRow = m_model->rowOf(absorbedId);
    if (keptRow < 0 || absorbedRow < 0)
        return;
    const QString keptName = m_model->companyAt(keptRow).name;
    const QString absorbedName = m_model->companyAt(absorbedRow).name;
    // The kept company's page is the one to look at afterwards.
    m_table->selectRow(keptRow);
    m_undoStack->push(new MergeCompaniesCommand(*m_companies, window(), keptId, keptName,
                                                absorbedId, absorbedName, [this] {
                                                    reload();
                                                    emit changed();
                                                }));
}

} // namespace kizuna
