#include "dailybackup.h"

#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace kizuna {

DailyBackup::DailyBackup(const QString &databasePath, const QDate &today, QMainWindow *window)
    : m_window(window)
    , m_path(databasePath)
    , m_today(today)
{
    m_thread.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DailyBackup::finish);
    window->installEventFilter(this);
}

DailyBackup::~DailyBackup()
{
    waitForFinished();
}

bool DailyBackup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // After this paint and the children's in the same flush: the list is on screen
        // before the copy competes with it for the disk.
        QTimer::singleShot(0, this, &DailyBackup::start);
    }
    return false;
}

void DailyBackup::start()
{
    // A server's backups are its administrator's (pg_dump), not one member's desk's.
    if (isRunning() || ServerAddress::isServer(m_path))
        return;
    emit started();
    m_watcher.setFuture(QtConcurrent::run(&m_thread, [path = m_path, today = m_today] {
        try {
            // Opened, used and closed on this thread.
            Database db(path);
            return Outcome{BackupService(db).backUpIfDue(today).value_or(QString()), {}};
        } catch (const StorageError &error) {
            return Outcome{{}, error.message()};
        } catch (const std::exception &error) {
            return Outcome{{}, QString::fromUtf8(error.what())};
        }
    }));
}

void DailyBackup::waitForFinished()
{
    m_watcher.waitForFinished();
    m_thread.waitForDone();
}

void DailyBackup::finish()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.error.isEmpty()) {
        emit finished(outcome.file);
        return;
    }
    const QString message = tr("The daily backup failed: %1").arg(outcome.error);
    if (m_window)
        m_window->statusBar()->showMessage(message);
    emit failed(message);
}

} // namespace kizuna
