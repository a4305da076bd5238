#include "importsview.h"

#include "importbatchmodel.h"
#include "importundo.h"

#include "contacts/contactservice.h"
#include "import/importhistory.h"
#include "storage/storageerror.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kizuna {

ImportsView::ImportsView(ContactService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_history(std::make_unique<ImportHistory>(service.database(), service))
{
    m_model = new ImportBatchModel(*m_history, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importBatches"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);

    m_import = new QPushButton(tr("&Import cards…"), this);
    m_import->setObjectName(QStringLiteral("importCards"));
    m_undo = new QPushButton(tr("&Undo import…"), this);
    m_undo->setObjectName(QStringLiteral("undoBatch"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_empty = new QLabel(tr("No imports yet. Import the CSV file your business-card app exports, "
                            "or a vCard file from a phone."),
                         this);
    m_empty->setObjectName(QStringLiteral("noImports"));
    m_empty->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_import, &QPushButton::clicked, this, &ImportsView::importRequested);
    connect(m_undo, &QPushButton::clicked, this, &ImportsView::undoSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportsView::updateButtons);
    updateButtons();
}

ImportsView::~ImportsView() = default;

QString ImportsView::messageText() const
{
    return m_message->text();
}

void ImportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ImportsView::refresh()
{
    m_stale = false;
    try {
        m_model->reload();
    } catch (const StorageError &error) {
        m_message->setText(error.message());
    }
    m_empty->setVisible(m_model->rowCount() == 0);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ImportBatchModel::FileColumn,
                                                      QHeaderView::Stretch);
    updateButtons();
}

int ImportsView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ImportsView::updateButtons()
{
    m_undo->setEnabled(m_model->canUndo(currentRow()));
}

void ImportsView::undoSelected()
{
    const int row = currentRow();
    if (!m_model->canUndo(row))
        return;
    const ImportBatch batch = *m_model->batchAt(row);
    if (!ImportUndo::askAndUndo(this, m_service, batch.id, batch.created, batch.merged))
        return;
    refresh();
    m_message->setText(tr("The import of %1 was undone.").arg(QFileInfo(batch.file).fileName()));
    emit contactsChanged();
}

} // namespace kizuna
