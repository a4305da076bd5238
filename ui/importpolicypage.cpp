#include "importpolicypage.h"

#include "importcountsview.h"
#include "importrunner.h"
#include "importsession.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

namespace kizuna {

ImportPolicyPage::ImportPolicyPage(ImportSession &session, const Database &db, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_runner(new ImportRunner(db, this))
{
    setTitle(tr("People already in Kizuna"));
    setSubTitle(tr("A card is a duplicate when its e-mail, personal phone, or name and company "
                   "match a contact already stored or a card earlier in the file."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_policies = new QButtonGroup(this);
    auto *layout = new QVBoxLayout(this);
    addChoice(OnDuplicate::Merge, tr("&Merge into the stored contact"),
              tr("Fills in what the stored contact lacks; a value it replaces stays in the "
                 "contact's history."));
    addChoice(OnDuplicate::Skip, tr("&Skip the card"),
              tr("Leaves the stored contact as it is and does not import the card."));
    addChoice(OnDuplicate::Create, tr("&Create a new contact anyway"),
              tr("Stores the card as a separate contact, even when it is the same person."));

    auto *box = new QGroupBox(tr("What the import would do"), this);
    m_counts = new ImportCountsView(box);
    m_counts->setObjectName(QStringLiteral("trialCounts"));
    m_trialStatus = new QLabel(box);
    m_trialStatus->setObjectName(QStringLiteral("trialStatus"));
    m_trialStatus->setWordWrap(true);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_counts);
    boxLayout->addWidget(m_trialStatus);
    layout->addSpacing(8);
    layout->addWidget(box);
    layout->addStretch(1);

    connect(m_policies, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            startTrial();
    });
    connect(m_runner, &ImportRunner::progressed, this, [this](qint64 rows) {
        m_trialStatus->setText(tr("Trying the import without storing anything… %1 rows read")
                                   .arg(QLocale().toString(rows)));
    });
    connect(m_runner, &ImportRunner::finished, this, &ImportPolicyPage::showTrial);
    connect(m_runner, &ImportRunner::failed, this, &ImportPolicyPage::showTrialFailure);
}

void ImportPolicyPage::addChoice(OnDuplicate policy, const QString &text,
                                 const QString &explanation)
{
    auto *button = new QRadioButton(text, this);
    button->setObjectName(QStringLiteral("policy-") + onDuplicateKey(policy));
    auto *note = new QLabel(explanation, this);
    note->setWordWrap(true);
    note->setIndent(button->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_policies->addButton(button, int(policy));
    layout()->addWidget(button);
    layout()->addWidget(note);
}

QRadioButton *ImportPolicyPage::policyChoice(OnDuplicate policy) const
{
    return qobject_cast<QRadioButton *>(m_policies->button(int(policy)));
}

bool ImportPolicyPage::isTrialRunning() const
{
    return m_runner->isBusy();
}

QString ImportPolicyPage::trialText() const
{
    return m_trialStatus->text();
}

void ImportPolicyPage::stopTrial()
{
    m_runner->stop();
}

void ImportPolicyPage::initializePage()
{
    QAbstractButton *current = m_policies->button(int(m_session.onDuplicate));
    if (current->isChecked())
        startTrial();
    else
        current->setChecked(true); // starts the trial
}

void ImportPolicyPage::cleanupPage()
{
    stopTrial();
}

bool ImportPolicyPage::isComplete() const
{
    return !m_trialFailed;
}

bool ImportPolicyPage::validatePage()
{
    // The trial holds the database's write lock until it rolls back: it must end first.
    stopTrial();
    return true;
}

void ImportPolicyPage::startTrial()
{
    // The trial of the last choice ends (and says so) before this one's counts are cleared.
    m_runner->stop();
    m_session.onDuplicate = static_cast<OnDuplicate>(m_policies->checkedId());
    m_trial.reset();
    m_trialFailed = false;
    emit completeChanged();
    m_counts->setSummary(std::nullopt);
    m_trialStatus->setText(tr("Trying the import without storing anything…"));
    m_runner->start(m_session.path, m_session.options(true));
}

void ImportPolicyPage::showTrial(const ImportSummary &summary)
{
    if (summary.cancelled)
        return; // replaced by a trial with another choice, or the page was left
    m_trial = summary;
    m_counts->setSummary(summary);
    m_trialStatus->setText(
        tr("%n row(s) read; nothing was stored by this trial.", nullptr, int(summary.rows)));
    emit trialShown();
}

void ImportPolicyPage::showTrialFailure(const QString &message)
{
    m_counts->setSummary(std::nullopt);
    m_trialFailed = true;
    m_trialStatus->setText(tr("The file cannot be imported: %1").arg(message));
    emit completeChanged();
    emit trialShown();
}

} // namespace kizuna
