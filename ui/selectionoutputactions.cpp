#include "selectionoutputactions.h"

#include "contacts/contactservice.h"
#include "datepickerdialog.h"
#include "export/contactexporter.h"
#include "io/fileerror.h"
#include "report/callsheetreport.h"
#include "reportpreview.h"
#include "storage/storageerror.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QStandardPaths>

namespace kizuna {

SelectionOutputActions::SelectionOutputActions(ContactService &service, QWidget *window,
                                               std::function<QList<qint64>()> selection)
    : QObject(window)
    , m_service(service)
    , m_window(window)
    , m_selection(std::move(selection))
{
    m_export = new QAction(tr("E&xport Selection…"), this);
    m_export->setObjectName(QStringLiteral("exportSelectionAction"));
    connect(m_export, &QAction::triggered, this, &SelectionOutputActions::askExport);
    m_callSheet = new QAction(tr("Print &Call Sheet for Selection…"), this);
    m_callSheet->setObjectName(QStringLiteral("selectionCallSheetAction"));
    connect(m_callSheet, &QAction::triggered, this, &SelectionOutputActions::askCallSheet);
    updateActions();
}

void SelectionOutputActions::addTo(QMenu *menu, QAbstractItemView *list)
{
    menu->addActions({m_export, m_callSheet});
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    list->addActions({separator, m_export, m_callSheet});
    connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SelectionOutputActions::updateActions);
    connect(list->model(), &QAbstractItemModel::modelReset, this,
            &SelectionOutputActions::updateActions);
    updateActions();
}

void SelectionOutputActions::updateActions()
{
    const bool any = !m_selection().isEmpty();
    m_export->setEnabled(any);
    m_callSheet->setEnabled(any);
}

qint64 SelectionOutputActions::exportSelection(const QString &path, Format format) const
{
    ContactListQuery query;
    query.ids = m_selection();
    ContactExporter exporter(m_service);
    if (format == Format::Vcard)
        return exporter.exportVcard(path, query).contacts;
    return exporter.exportCsv(path, query, CsvWriter::Encoding::Utf8).contacts;
}

CallSheetReport SelectionOutputActions::callSheet(const QList<qint64> &ids) const
{
    CallSheetReport report(m_service.database(), QLocale());
    report.setContacts(ids);
    return report;
}

int SelectionOutputActions::printCallSheet(QPagedPaintDevice &printer, const QDate &from,
                                           const QDate &to) const
{
    return callSheet(m_selection()).print(printer, from, to, m_service.today());
}

void SelectionOutputActions::askExport()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    const auto count = static_cast<int>(ids.size());
    QFileDialog dialog(m_window, tr("Export %n selected contact(s)", nullptr, count));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    const QString csv = tr("CSV for spreadsheets (*.csv)");
    const QString vcard = tr("vCard for address books (*.vcf)");
    dialog.setNameFilters({csv, vcard});
    // The file type picked decides the format; a name typed without an ending gets its one.
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    connect(&dialog, &QFileDialog::filterSelected, &dialog,
            [&dialog, vcard](const QString &filter) {
                dialog.setDefaultSuffix(filter == vcard ? QStringLiteral("vcf")
                                                        : QStringLiteral("csv"));
            });
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(tr("selected-contacts"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const Format format = dialog.selectedNameFilter() == vcard ? Format::Vcard : Format::Csv;
    try {
        const auto written = static_cast<int>(exportSelection(path, format));
        emit message(tr("%n contact(s) exported to %1.", nullptr, written)
                         .arg(QDir::toNativeSeparators(path)));
    } catch (const FileError &error) {
        QMessageBox::warning(m_window, tr("Kizuna"), error.message());
    } catch (const StorageError &error) {
        QMessageBox::warning(m_window, tr("Kizuna"), error.message());
    }
}

void SelectionOutputActions::askCallSheet()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    const QDate today = m_service.today();
    DatePickerDialog range(
        tr("Call sheet for %n selected contact(s)", nullptr, static_cast<int>(ids.size())), today,
        today.addDays(6), m_window);
    if (range.exec() != QDialog::Accepted)
        return;
    const QDate from = range.from();
    const QDate to = range.to();
    // The preview first: its Print button prints, and the print dialog saves a PDF.
    ReportPreview::preview(m_window, tr("Call sheet"), [this, ids, from, to](QPrinter &printer) {
        return callSheet(ids).print(printer, from, to, m_service.today());
    });
}

} // namespace kizuna
