#include "reportpreview.h"

#include "io/fileerror.h"
#include "report/reportwriter.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace kizuna {

void ReportPreview::setUp(QPrinter &printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    printer.setResolution(ReportWriter::resolution());
}

void ReportPreview::preview(QWidget *parent, const QString &title, const Paint &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    dialog(printer, parent, title, paint)->exec();
}

std::unique_ptr<QPrintPreviewDialog> ReportPreview::dialog(QPrinter &printer, QWidget *parent,
                                                           const QString &title, const Paint &paint)
{
    printer.setDocName(title);
    auto preview = std::make_unique<QPrintPreviewDialog>(&printer, parent);
    preview->setWindowTitle(tr("Print preview: %1").arg(title));
    // The preview hands its own printer set to the screen's resolution; the reports are laid
    // out at theirs, so each paint sets it again.
    connect(preview.get(), &QPrintPreviewDialog::paintRequested, preview.get(),
            [parent, paint](QPrinter *target) {
                target->setResolution(ReportWriter::resolution());
                try {
                    if (paint(*target) == 0)
                        QMessageBox::warning(parent, tr("Kizuna"),
                                             tr("The printer could not print."));
                } catch (const StorageError &error) {
                    QMessageBox::warning(parent, tr("Kizuna"), error.message());
                }
            });
    preview->resize(900, 1000);
    return preview;
}

QString ReportPreview::saveAsPdf(QWidget *parent, const QString &title, const QString &fileName,
                                 const Write &write)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Save %1 as PDF").arg(title),
                                     QDir(folder).filePath(fileName), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return {};
    try {
        write(path);
        return path;
    } catch (const FileError &error) {
        QMessageBox::warning(parent, tr("Kizuna"), error.message());
    } catch (const StorageError &error) {
        QMessageBox::warning(parent, tr("Kizuna"), error.message());
    }
    return {};
}

} // namespace kizuna
