#pragma once

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

class QMainWindow;

namespace kizuna {

/// The day's first backup (BackupService::backUpIfDue), taken once the window is on screen
/// instead of before it: copying a large database takes seconds, and the user should see
/// their contacts meanwhile. It runs on a worker thread over its own connection to the file
/// (a connection belongs to the thread that opened it); SQLite's backup reads one snapshot,
/// so the window may write on. A backup is written under a temporary name and renamed only
/// when whole, and the destructor waits for it, so quitting never leaves half a backup.
class DailyBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackup)

public:
    /// Starts after `window`'s first paint, from the event loop, and tells of a failure in
    /// its status bar. Not owned by the window: the session that holds both destroys this
    /// first, waiting for the copy.
    DailyBackup(const QString &databasePath, const QDate &today, QMainWindow *window);
    /// Waits for a running backup to end.
    ~DailyBackup() override;

    /// Starts the backup now, unless one is running.
    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    void waitForFinished();

signals:
    void started();
    /// The new backup file; empty when one was already taken today.
    void finished(const QString &file);
    /// Why the backup failed, worded for the status bar.
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Outcome
    {
        QString file;
        QString error;
    };

    void finish();

    QPointer<QMainWindow> m_window;
    QString m_path;
    QDate m_today;
    QThreadPool m_thread;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace kizuna
