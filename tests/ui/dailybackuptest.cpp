#include "dailybackup.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "mainwindow.h"
#include "storage/backupservice.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>

using namespace kizuna;
using test::ContactBuilder;

namespace {

const QDate kToday(2026, 11, 24);

// Notes when the window first paints.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QWidget &window) { window.installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace

TEST_CASE("the daily backup starts after the window has painted and leaves a whole backup",
          "[gui][backup]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    service.add(ContactBuilder());
    MainWindow window(service, t.path());
    PaintWatch watch(window);
    DailyBackup backup(t.path(), kToday, &window);
    bool paintedWhenStarted = false;
    QObject::connect(&backup, &DailyBackup::started, &backup,
                     [&] { paintedWhenStarted = watch.painted; });
    QSignalSpy finished(&backup, &DailyBackup::finished);
    QSignalSpy failed(&backup, &DailyBackup::failed);

    window.show();
    // Showing the window takes no backup: the copy waits for the first paint.
    CHECK_FALSE(backup.isRunning());
    CHECK(BackupService::list(t.path()).isEmpty());

    REQUIRE(finished.wait(20000));
    CHECK(paintedWhenStarted);
    CHECK(failed.isEmpty());
    const QList<BackupFile> backups = BackupService::list(t.path());
    REQUIRE(backups.size() == 1);
    CHECK(finished.first().first().toString() == backups.first().path);
    CHECK(BackupService::integrityOf(backups.first().path) == QStringLiteral("ok"));
    // Nothing half-written is left beside it.
    CHECK(QDir(BackupService::folderFor(t.path()))
              .entryList({QStringLiteral("*.partial*")}, QDir::Files)
              .isEmpty());

    // The window's own connection still writes while and after the worker's closed.
    CHECK(service.add(ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子"))) > 0);
}

TEST_CASE("the daily backup takes nothing when the day's backup exists", "[gui][backup]")
{
    test::TestDatabase t;
    const QString taken = BackupService(t.db()).backUpNow();
    const QDate day = BackupService::list(t.path()).first().takenAt.date();
    ContactService service(t.db(), nullptr);
    MainWindow window(service, t.path());
    DailyBackup backup(t.path(), day, &window);
    QSignalSpy finished(&backup, &DailyBackup::finished);

    backup.start();
    REQUIRE(finished.wait(20000));
    CHECK(finished.first().first().toString().isEmpty());
    REQUIRE(BackupService::list(t.path()).size() == 1);
    CHECK(BackupService::list(t.path()).first().path == taken);
}

TEST_CASE("a failed daily backup is told in the status bar and the window goes on", "[gui][backup]")
{
    test::TestDatabase t;
    // A file where the backup folder should be: the folder cannot be made.
    QFile blocker(BackupService::folderFor(t.path()));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ContactService service(t.db(), nullptr);
    MainWindow window(service, t.path());
    DailyBackup backup(t.path(), kToday, &window);
    QSignalSpy failed(&backup, &DailyBackup::failed);

    window.show();
    REQUIRE(failed.wait(20000));
    const QString message = failed.first().first().toString();
    CHECK_FALSE(message.isEmpty());
    CHECK(window.statusBar()->currentMessage() == message);
    CHECK(window.isVisible());
}

TEST_CASE("closing waits for a running daily backup", "[gui][backup]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    for (int i = 0; i < 50; ++i)
        service.add(ContactBuilder());
    {
        MainWindow window(service, t.path());
        DailyBackup backup(t.path(), kToday, &window);
        backup.start();
        // Going out of scope here, as the session does on quit, must not leave the copy
        // half done.
    }
    const QList<BackupFile> backups = BackupService::list(t.path());
    REQUIRE(backups.size() == 1);
    CHECK(BackupService::integrityOf(backups.first().path) == QStringLiteral("ok"));
}
