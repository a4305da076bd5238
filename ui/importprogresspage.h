#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace kizuna {

class Database;
class ImportRunner;
struct ImportSession;
struct ImportSummary;

/// The wizard's fifth page: the import running on a worker thread, with the rows and bytes
/// read so far and a button to cancel it. When it ends the wizard moves on to the result.
class ImportProgressPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportProgressPage(ImportSession &session, const Database &db, QWidget *parent = nullptr);

    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString progressText() const;
    bool isRunning() const;
    /// Asks the import to stop; it rolls back and the result page says so.
    void cancelImport();
    /// Cancels an import still running and waits for it (the wizard is closing).
    void stop();

    void initializePage() override;
    bool isComplete() const override;

signals:
    /// The import ended and stored its batch.
    void imported();

private:
    /// Where the rows the import cannot take are written: beside the database, as they hold
    /// the same personal data. Empty when that folder cannot be made.
    QString rejectFilePath() const;
    void showProgress(qint64 rows, qint64 bytes, qint64 totalBytes);
    void finish(const ImportSummary &summary);
    void fail(const QString &message);
    void moveOn();

    ImportSession &m_session;
    QString m_databasePath;
    ImportRunner *m_runner = nullptr;
    QLabel *m_file = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_done = false;
};

} // namespace kizuna
