#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace kizuna {

class ContactService;
class ImportCountsView;
struct ImportSession;

/// The wizard's last page: what came of the import (created, merged, skipped, rejected), the
/// file of rejected rows to open and fix, and undoing the import at once.
class ImportResultPage final : public QWizardPage
{
    Q_OBJECT

public:
    /// `service` (the window's) undoes the import.
    ImportResultPage(ImportSession &session, ContactService &service, QWidget *parent = nullptr);

    QString summaryText() const;
    /// The count shown for "created", "merged", "skipped" or "rejected".
    QString countText(const QString &which) const;
    QPushButton *openRejectsButton() const { return m_openRejects; }
    QPushButton *undoButton() const { return m_undo; }

    void initializePage() override;

signals:
    /// The import was undone from this page.
    void undone();

private:
    void showCounts(bool visible);
    void openRejects();
    void undo();

    ImportSession &m_session;
    ContactService &m_service;
    QLabel *m_summary = nullptr;
    ImportCountsView *m_counts = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_encoding = nullptr;
    QLabel *m_rejectsNote = nullptr;
    QPushButton *m_openRejects = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_undoStatus = nullptr;
};

} // namespace kizuna
