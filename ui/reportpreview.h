#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace kizuna {

/// How a window prints one of the reports: a print preview (QPrintPreviewDialog, A4 portrait
/// at the reports' resolution, so the preview is what the PDF and the paper show) from which
/// the user prints, or a PDF saved where the user says. The report itself is a function that
/// paints on a printer or writes a file and returns the pages; errors from the core are shown
/// in a message box.
class ReportPreview final : public QObject
{
    Q_OBJECT

public:
    using Paint = std::function<int(QPrinter &printer)>;
    using Write = std::function<int(const QString &path)>;

    /// Opens the preview, modal; returns when it is closed.
    static void preview(QWidget *parent, const QString &title, const Paint &paint);
    /// The preview dialog of `preview()` on `printer` (set up by setUp(), outliving the
    /// dialog), not yet shown: for showing it without blocking (the screenshots).
    static std::unique_ptr<QPrintPreviewDialog> dialog(QPrinter &printer, QWidget *parent,
                                                       const QString &title, const Paint &paint);
    /// Asks where to save (suggesting `fileName`) and writes the PDF; returns its path, empty
    /// when the user cancelled or it failed.
    static QString saveAsPdf(QWidget *parent, const QString &title, const QString &fileName,
                             const Write &write);
    /// A4 portrait with the reports' margins and resolution.
    static void setUp(QPrinter &printer);
};

} // namespace kizuna
