#include "databasemenu.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "mainwindow.h"
#include "restorebackupdialog.h"
#include "storage/backupservice.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QApplication>
#include <QListWidget>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace kizuna;
using test::ContactBuilder;

namespace {

// Answers the next modal dialog as a user would: the first backup in the list, Restore.
void acceptNextDialog()
{
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->accept();
    });
}

} // namespace

TEST_CASE("Back up now writes a whole backup and says where", "[gui][backup]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    service.add(ContactBuilder());
    MainWindow window(service, t.path());

    const QString file = window.databaseMenu()->backUpNow();
    REQUIRE_FALSE(file.isEmpty());
    const QList<BackupFile> backups = BackupService::list(t.path());
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().path == file);
    CHECK(BackupService::integrityOf(file) == QStringLiteral("ok"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("backups")));
}

TEST_CASE("the restore dialog lists a database's backups newest first", "[gui][backup]")
{
    test::TestDatabase t;
    const QString older = BackupService(t.db()).backUpNow();
    QThread::msleep(10); // backups are named by the millisecond they were taken
    const QString newer = BackupService(t.db()).backUpNow();

    RestoreBackupDialog dialog(t.path(), QStringLiteral("damaged"));
    REQUIRE(dialog.hasBackups());
    REQUIRE(dialog.list()->count() == 2);
    CHECK(dialog.selectedBackup() == newer);
    dialog.list()->setCurrentRow(1);
    CHECK(dialog.selectedBackup() == older);

    test::TestDatabase empty;
    RestoreBackupDialog none(empty.path(), QString());
    CHECK_FALSE(none.hasBackups());
    CHECK(none.selectedBackup().isEmpty());
}

TEST_CASE("Restore from backup closes the window and asks for the backup chosen", "[gui][backup]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const QString backup = BackupService(t.db()).backUpNow();
    MainWindow window(service, t.path());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.sessionRequest().kind == SessionRequest::Kind::Quit);

    acceptNextDialog();
    window.databaseMenu()->restoreFromBackup();

    CHECK_FALSE(window.isVisible());
    const SessionRequest request = window.sessionRequest();
    CHECK(request.kind == SessionRequest::Kind::Restore);
    CHECK(request.path == t.path());
    CHECK(request.backup == backup);
}
