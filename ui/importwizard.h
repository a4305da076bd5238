#pragma once

#include "importsession.h"

#include <QWizard>

namespace kizuna {

class ContactService;
class ImportFilePage;
class ImportMappingPage;
class ImportPolicyPage;
class ImportPreviewPage;
class ImportProgressPage;
class ImportResultPage;

/// Importing business cards step by step: the file; how it reads (encoding, delimiter, the
/// app it came from); where its columns go; what to do with people already stored, with a
/// trial run's counts; the import on a worker thread; and what came of it, with undo.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    /// `service` must outlive the wizard; the worker opens its database's file again. With a
    /// `file` (dropped on the window, named on the command line) the wizard opens on the
    /// preview of it.
    explicit ImportWizard(ContactService &service, const QString &file = {},
                          QWidget *parent = nullptr);
    ~ImportWizard() override;

    const ImportSession &session() const { return m_session; }
    ImportFilePage *filePage() const { return m_file; }
    ImportPreviewPage *previewPage() const { return m_preview; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportPolicyPage *policyPage() const { return m_policy; }
    ImportProgressPage *progressPage() const { return m_progress; }
    ImportResultPage *resultPage() const { return m_result; }

    /// Closing stops a trial or an import still running; an import cancelled so stores
    /// nothing.
    void reject() override;

signals:
    /// Contacts were imported or an import undone: what lists them is out of date.
    void contactsChanged();

private:
    ImportSession m_session;
    ImportFilePage *m_file = nullptr;
    ImportPreviewPage *m_preview = nullptr;
    ImportMappingPage *m_mapping = nullptr;
    ImportPolicyPage *m_policy = nullptr;
    ImportProgressPage *m_progress = nullptr;
    ImportResultPage *m_result = nullptr;
};

} // namespace kizuna
