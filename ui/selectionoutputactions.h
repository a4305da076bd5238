#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAbstractItemView;
class QAction;
class QDate;
class QMenu;
class QPagedPaintDevice;
class QWidget;

namespace kizuna {

class CallSheetReport;
class ContactService;

/// What the user takes away from the contacts selected in the list, without changing them:
/// Export Selection… (CSV or vCard, as the save dialog's file type says, through core's
/// ContactExporter) and Print Call Sheet for Selection… (the open follow-ups of just those
/// people over a period asked for, in ReportPreview's print preview, from which the sheet
/// is printed or saved as a PDF). Nothing is written to the database, so neither is a step
/// on the undo stack.
class SelectionOutputActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionOutputActions)

public:
    enum class Format
    {
        Csv,
        Vcard,
    };

    /// `selection` gives the ids of the contacts selected in the list, as for ContactActions.
    /// `service` and `window` must outlive the object.
    SelectionOutputActions(ContactService &service, QWidget *window,
                           std::function<QList<qint64>()> selection);

    QAction *exportAction() const { return m_export; }
    QAction *callSheetAction() const { return m_callSheet; }

    /// Puts the actions on `menu` and on `list`'s context menu, and keeps them enabled while
    /// the list has a selection.
    void addTo(QMenu *menu, QAbstractItemView *list);
    /// Writes the selected contacts to `path` (CSV: UTF-8 with a byte order mark, formulas
    /// guarded); returns how many. Throws FileError or StorageError.
    qint64 exportSelection(const QString &path, Format format) const;
    /// Paints the selected contacts' call sheet of the period on `printer`, set up as
    /// ReportPreview::setUp() does; returns the pages. Throws StorageError.
    int printCallSheet(QPagedPaintDevice &printer, const QDate &from, const QDate &to) const;

    /// Enables the actions when contacts are selected.
    void updateActions();

signals:
    void message(const QString &text);

private:
    void askExport();
    void askCallSheet();
    CallSheetReport callSheet(const QList<qint64> &ids) const;

    ContactService &m_service;
    QWidget *m_window;
    std::function<QList<qint64>()> m_selection;
    QAction *m_export = nullptr;
    QAction *m_callSheet = nullptr;
};

} // namespace kizuna
