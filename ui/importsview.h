#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace kizuna {

class ContactService;
class ImportBatchModel;
class ImportHistory;

/// The "Imports" page: every import done so far with what came of it, undoing the one
/// selected, and starting a new one. Read when first shown and after each change.
class ImportsView final : public QWidget
{
    Q_OBJECT

public:
    /// `service` must outlive the view.
    explicit ImportsView(ContactService &service, QWidget *parent = nullptr);
    ~ImportsView() override;

    ImportBatchModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *importButton() const { return m_import; }
    QString messageText() const;

    void refresh();
    /// Asks, then undoes the selected import.
    void undoSelected();

signals:
    /// "Import cards…" was pressed.
    void importRequested();
    /// An import was undone: contacts changed.
    void contactsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    int currentRow() const;
    void updateButtons();

    ContactService &m_service;
    std::unique_ptr<ImportHistory> m_history;
    bool m_stale = true;
    ImportBatchModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace kizuna
