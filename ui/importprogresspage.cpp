#include "importprogresspage.h"

#include "importrunner.h"
#include "importsession.h"

#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWizard>

namespace kizuna {

namespace {
constexpr int kBarSteps = 1000;
}

ImportProgressPage::ImportProgressPage(ImportSession &session, const Database &db, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_databasePath(db.path())
    , m_runner(new ImportRunner(db, this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The cards are stored all at once at the end: cancelling leaves Kizuna as it "
                   "was."));
    setCommitPage(true);
    // The page moves on by itself when the import ends; until then the button is disabled.
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("importFileName"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, kBarSteps);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("importProgressText"));
    m_cancel = new QPushButton(tr("&Cancel the import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_file);
    layout->addWidget(m_bar);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressPage::cancelImport);
    connect(m_runner, &ImportRunner::progressed, this, &ImportProgressPage::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportProgressPage::finish);
    connect(m_runner, &ImportRunner::failed, this, &ImportProgressPage::fail);
}

QString ImportProgressPage::progressText() const
{
    return m_text->text();
}

bool ImportProgressPage::isRunning() const
{
    return m_runner->isBusy();
}

void ImportProgressPage::cancelImport()
{
    if (!m_runner->isBusy())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_text->setText(tr("Cancelling…"));
}

void ImportProgressPage::stop()
{
    m_runner->stop();
}

void ImportProgressPage::initializePage()
{
    m_done = false;
    m_session.summary.reset();
    m_session.failure.clear();
    m_session.rejectFile = rejectFilePath();
    m_file->setText(QFileInfo(m_session.path).fileName());
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->setFocus();
    m_text->setText(tr("Reading the file…"));
    m_runner->start(m_session.path, m_session.options(false));
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}

QString ImportProgressPage::rejectFilePath() const
{
    // Beside a database file; a server's importer keeps them among their own data instead
    // (an address is no folder: it made a "postgresql:" folder in the working directory).
    const QString base = ServerAddress::isServer(m_databasePath)
                             ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             : QFileInfo(m_databasePath).absolutePath();
    const QString folder = QDir(base).filePath(QStringLiteral("rejected-rows"));
    try {
        Database::createPrivateFolder(folder, m_databasePath);
    } catch (const StorageError &) {
        return {};
    }
    const QString name =
        QStringLiteral("%1-%2.csv")
            .arg(QFileInfo(m_session.path).completeBaseName(),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return QDir(folder).filePath(name);
}

void ImportProgressPage::showProgress(qint64 rows, qint64 bytes, qint64 totalBytes)
{
    if (totalBytes > 0)
        m_bar->setValue(int(bytes * kBarSteps / totalBytes));
    if (!m_cancel->isEnabled())
        return; // "Cancelling…" stays until it has
    const QLocale locale;
    const auto size = [&locale](qint64 n) {
        return locale.formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
    };
    m_text->setText(
        tr("%1 rows read (%2 of %3)").arg(locale.toString(rows), size(bytes), size(totalBytes)));
}

void ImportProgressPage::finish(const ImportSummary &summary)
{
    m_session.summary = summary;
    m_bar->setValue(kBarSteps);
    m_done = true;
    m_cancel->setEnabled(false);
    emit completeChanged();
    if (summary.batchId > 0)
        emit imported();
    moveOn();
}

void ImportProgressPage::fail(const QString &message)
{
    m_session.failure = message;
    m_done = true;
    m_cancel->setEnabled(false);
    emit completeChanged();
    moveOn();
}

void ImportProgressPage::moveOn()
{
    // After the signal that brought the outcome has returned, and only while this page is
    // on screen: a wizard that is closing stays where it is.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (wizard() && wizard()->isVisible() && wizard()->currentPage() == this)
                wizard()->next();
        },
        Qt::QueuedConnection);
}

} // namespace kizuna
