#include "sourcesview.h"

#include "contacts/contactservice.h"
#include "dealdialog.h"
#include "dealtablemodel.h"
#include "nurture/dealservice.h"
#include "readonlytable.h"
#include "sourcedialog.h"
#include "sourcetablemodel.h"
#include "stagepalette.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/storageerror.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kizuna {

namespace {

// A titled box with a row of buttons over a table.
QGroupBox *listBox(const QString &title, QTableView *table, const QList<QPushButton *> &buttons,
                   QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(table);
    return box;
}

} // namespace

SourcesView::SourcesView(ContactService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_deals(std::make_unique<DealService>(service.database(), service.today()))
    , m_order(nameOrderFor(QLocale()))
{
    m_sourceModel = new SourceTableModel(service.repository().sources(), this);
    m_dealModel = new DealTableModel(*m_deals, service, m_order, this);

    m_sourceTable = readOnlyTable(m_sourceModel, this);
    m_sourceTable->setObjectName(QStringLiteral("sources"));
    auto *addSourceButton = new QPushButton(tr("&New source…"), this);
    m_editSource = new QPushButton(tr("&Edit source…"), this);
    m_deleteSource = new QPushButton(tr("&Delete source…"), this);
    QGroupBox *sourcesBox = listBox(tr("Sources"), m_sourceTable,
                                    {addSourceButton, m_editSource, m_deleteSource}, this);

    m_dealTable = readOnlyTable(m_dealModel, this);
    m_dealTable->setObjectName(QStringLiteral("deals"));
    auto *addDealButton = new QPushButton(tr("New de&al…"), this);
    m_editDeal = new QPushButton(tr("Ed&it deal…"), this);
    m_winDeal = new QPushButton(tr("Mark &won"), this);
    m_loseDeal = new QPushButton(tr("Mark &lost"), this);
    QGroupBox *dealsBox =
        listBox(tr("Deals"), m_dealTable, {addDealButton, m_editDeal, m_winDeal, m_loseDeal}, this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(sourcesBox);
    splitter->addWidget(dealsBox);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(addSourceButton, &QPushButton::clicked, this, &SourcesView::addSource);
    connect(m_editSource, &QPushButton::clicked, this, &SourcesView::editSource);
    connect(m_deleteSource, &QPushButton::clicked, this, &SourcesView::deleteSource);
    connect(addDealButton, &QPushButton::clicked, this, &SourcesView::addDeal);
    connect(m_editDeal, &QPushButton::clicked, this, &SourcesView::editDeal);
    connect(m_winDeal, &QPushButton::clicked, this, &SourcesView::winDeal);
    connect(m_loseDeal, &QPushButton::clicked, this, &SourcesView::loseDeal);
    connect(m_sourceTable, &QAbstractItemView::doubleClicked, this, &SourcesView::editSource);
    connect(m_dealTable, &QAbstractItemView::doubleClicked, this, &SourcesView::editDeal);
    connect(m_sourceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SourcesView::updateButtons);
    connect(m_dealTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SourcesView::updateButtons);
    updateButtons();
}

SourcesView::~SourcesView() = default;

DealService SourcesView::deals() const
{
    return DealService(m_service.database(), m_service.today());
}

void SourcesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SourcesView::refresh()
{
    m_stale = false;
    try {
        m_sourceModel->reload();
        m_dealModel->reload();
    } catch (const StorageError &error) {
        showError(error.message());
    }
    // Numbers take what they need; the name and the deal's title take the rest.
    m_sourceTable->resizeColumnsToContents();
    m_sourceTable->horizontalHeader()->setSectionResizeMode(SourceTableModel::NameColumn,
                                                            QHeaderView::Stretch);
    m_dealTable->resizeColumnsToContents();
    m_dealTable->horizontalHeader()->setSectionResizeMode(DealTableModel::TitleColumn,
                                                          QHeaderView::Stretch);
    updateButtons();
}

QString SourcesView::messageText() const
{
    return m_message->text();
}

int SourcesView::currentRow(const QTableView *table) const
{
    const QModelIndex current = table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SourcesView::updateButtons()
{
    const bool isSource = m_sourceModel->sourceAt(currentRow(m_sourceTable)).has_value();
    m_editSource->setEnabled(isSource);
    m_deleteSource->setEnabled(isSource);
    const int deal = currentRow(m_dealTable);
    const bool open = deal >= 0 && m_dealModel->dealAt(deal).status == DealStatus::Open;
    m_editDeal->setEnabled(open);
    m_winDeal->setEnabled(open);
    m_loseDeal->setEnabled(open);
}

void SourcesView::afterChange(const QString &message)
{
    refresh();
    m_message->setText(message);
    emit changed();
}

void SourcesView::showError(const QString &message)
{
    m_message->setText(message);
    QMessageBox::warning(this, tr("Sources & deals"), message);
}

void SourcesView::addSource()
{
    SourceDialog dialog(m_service.repository().sources(), Source{}, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Source \"%1\" added.").arg(dialog.source().name));
}

void SourcesView::editSource()
{
    const auto source = m_sourceModel->sourceAt(currentRow(m_sourceTable));
    if (!source)
        return;
    SourceDialog dialog(m_service.repository().sources(), *source, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Source \"%1\" saved.").arg(dialog.source().name));
}

void SourcesView::deleteSource()
{
    const int row = currentRow(m_sourceTable);
    const auto source = m_sourceModel->sourceAt(row);
    if (!source)
        return;
    const qint64 leads = m_sourceModel->statsAt(row).leads;
    const auto answer = QMessageBox::question(
        this, tr("Delete source"),
        tr("Delete the source \"%1\"? Its %n contact(s) keep all their details and lose only "
           "the link to it.",
           nullptr, int(leads))
            .arg(source->name));
    if (answer != QMessageBox::Yes)
        return;
    try {
        m_service.repository().sources().remove(source->id);
    } catch (const StorageError &error) {
        showError(error.message());
        return;
    }
    afterChange(tr("Source \"%1\" deleted.").arg(source->name));
}

void SourcesView::addDeal()
{
    DealService service = deals();
    DealDialog dialog(service, m_service, m_order, Deal{}, this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Deal \"%1\" opened.").arg(dialog.deal().title));
}

void SourcesView::editDeal()
{
    const int row = currentRow(m_dealTable);
    if (row < 0 || m_dealModel->dealAt(row).status != DealStatus::Open)
        return;
    DealService service = deals();
    DealDialog dialog(service, m_service, m_order, m_dealModel->dealAt(row), this);
    if (dialog.exec() == QDialog::Accepted)
        afterChange(tr("Deal \"%1\" saved.").arg(dialog.deal().title));
}

void SourcesView::closeDeal(bool won)
{
    const int row = currentRow(m_dealTable);
    if (row < 0)
        return;
    const Deal deal = m_dealModel->dealAt(row);
    QString message;
    try {
        if (!won) {
            deals().lose(deal.id);
            message = tr("Deal \"%1\" lost.").arg(deal.title);
        } else if (const std::optional<Stage> moved = deals().win(deal.id)) {
            message = tr("Deal \"%1\" won; the contact is now %2.")
                          .arg(deal.title, StagePalette::label(*moved));
        } else {
            message = tr("Deal \"%1\" won.").arg(deal.title);
        }
    } catch (const ValidationError &error) {
        showError(error.message());
        return;
    } catch (const StorageError &error) {
        showError(error.message());
        return;
    }
    afterChange(message);
}

void SourcesView::winDeal()
{
    closeDeal(true);
}

void SourcesView::loseDeal()
{
    closeDeal(false);
}

} // namespace kizuna
