#pragma once

#include "import/contactimporter.h"

#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace kizuna {

class ImportCountsView;
class Database;
class ImportRunner;
struct ImportSession;

/// The wizard's fourth page: what to do with a card of someone already stored, and what the
/// import would do, counted by running it in full on a worker thread and rolling it back.
/// The trial runs again whenever the choice changes. "Import" commits to the import.
class ImportPolicyPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportPolicyPage(ImportSession &session, const Database &db, QWidget *parent = nullptr);

    QRadioButton *policyChoice(OnDuplicate policy) const;
    /// The trial's counts, once it ended.
    const std::optional<ImportSummary> &trial() const { return m_trial; }
    bool isTrialRunning() const;
    QString trialText() const;
    /// Stops a trial still running (leaving the page, closing the wizard).
    void stopTrial();

    void initializePage() override;
    void cleanupPage() override;
    /// False once a trial showed that the file cannot be imported.
    bool isComplete() const override;
    bool validatePage() override;

signals:
    /// A trial ended with counts or with the reason it could not run.
    void trialShown();

private:
    void addChoice(OnDuplicate policy, const QString &text, const QString &explanation);
    void startTrial();
    void showTrial(const ImportSummary &summary);
    void showTrialFailure(const QString &message);

    ImportSession &m_session;
    ImportRunner *m_runner = nullptr;
    QButtonGroup *m_policies = nullptr;
    ImportCountsView *m_counts = nullptr;
    QLabel *m_trialStatus = nullptr;
    std::optional<ImportSummary> m_trial;
    bool m_trialFailed = false;
};

} // namespace kizuna
