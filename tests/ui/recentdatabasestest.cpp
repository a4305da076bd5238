#include "recentdatabases.h"
#include "contacts/contactservice.h"
#include "databaselabel.h"
#include "databasemenu.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "modaldialogaction.h"
#include "serverconnectdialog.h"
#include "testdatabase.h"

#include "qtcatch.h"
#include "waituntil.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTest>

using namespace kizuna;

namespace {

const QString kServer =
    QStringLiteral("postgresql://sato@db.example.co.jp:5432/sales?sslmode=require");

// Each test starts from an empty list: the settings outlive a test case.
struct EmptyRecentList
{
    EmptyRecentList() { QSettings().remove(QStringLiteral("recentDatabases")); }
    ~EmptyRecentList() { QSettings().remove(QStringLiteral("recentDatabases")); }
};

QMenu *recentMenu(MainWindow &window)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentDatabases"));
    REQUIRE(menu);
    emit menu->aboutToShow();
    return menu;
}

} // namespace

TEST_CASE("a database is named by its path, a server as user@host/database", "[gui][recent]")
{
    CHECK(databaseLabel(QStringLiteral("/home/sato/kizuna.sqlite")) ==
          QStringLiteral("/home/sato/kizuna.sqlite"));
    CHECK(databaseLabel(kServer) == QStringLiteral("sato@db.example.co.jp/sales"));
    CHECK(databaseLabel(QStringLiteral("postgresql://ito@10.0.0.5:6432/team")) ==
          QStringLiteral("ito@10.0.0.5:6432/team"));
}

TEST_CASE("the recent list keeps files and servers newest first, never a password", "[gui][recent]")
{
    const EmptyRecentList empty;
    RecentDatabases::remember(QStringLiteral("/home/sato/a.sqlite"));
    RecentDatabases::remember(kServer);
    RecentDatabases::remember(QStringLiteral("/home/sato/a.sqlite"));
    CHECK(RecentDatabases::list() == QStringList{QStringLiteral("/home/sato/a.sqlite"), kServer});

    RecentDatabases::remember(QStringLiteral("postgresql://sato:secret@db.example.co.jp/sales"));
    CHECK(RecentDatabases::list().size() == 2);
    QSettings().sync();
    QFile stored(QSettings().fileName());
    REQUIRE(stored.open(QIODevice::ReadOnly));
    CHECK_FALSE(stored.readAll().contains("secret"));

    for (int i = 0; i < RecentDatabases::kMost + 3; ++i)
        RecentDatabases::remember(QStringLiteral("/home/sato/%1.sqlite").arg(i));
    CHECK(RecentDatabases::list().size() == RecentDatabases::kMost);
    RecentDatabases::forget(QStringLiteral("/home/sato/10.sqlite"));
    CHECK(RecentDatabases::list().constFirst() == QStringLiteral("/home/sato/9.sqlite"));
}

TEST_CASE("Open Recent lists servers beside files and switches to the one chosen", "[gui][recent]")
{
    const EmptyRecentList empty;
    test::TestDatabase t;
    test::TestDatabase other;
    ContactService service(t.db(), nullptr);
    RecentDatabases::remember(other.path());
    RecentDatabases::remember(kServer);
    RecentDatabases::remember(t.path());
    MainWindow window(service, t.path());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QMenu *menu = recentMenu(window);
    QStringList shown;
    for (const QAction *action : menu->actions())
        shown.append(action->text());
    // The open one is not offered again.
    CHECK(shown == QStringList{databaseLabel(kServer), databaseLabel(other.path())});

    menu->actions().constFirst()->trigger();
    CHECK_FALSE(window.isVisible());
    CHECK(window.sessionRequest().kind == SessionRequest::Kind::Open);
    CHECK(window.sessionRequest().path == kServer);
}

TEST_CASE("a recent file that is gone is said so and dropped, not created empty", "[gui][recent]")
{
    const EmptyRecentList empty;
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const QString gone = t.folder() + QStringLiteral("/gone.sqlite");
    RecentDatabases::remember(gone);
    MainWindow window(service, t.path());

    test::ModalAnswer ok(QMessageBox::Ok);
    window.databaseMenu()->openRecent(gone);
    CHECK(ok.question().contains(QStringLiteral("gone.sqlite")));
    CHECK_FALSE(QFile::exists(gone));
    CHECK_FALSE(RecentDatabases::list().contains(gone));
    CHECK(window.sessionRequest().kind == SessionRequest::Kind::Quit);
}

TEST_CASE("Connect to Team Server switches to the address the dialog made", "[gui][recent]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    MainWindow window(service, t.path());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    test::ModalDialogAction connect([](QDialog *opened) {
        auto *dialog = qobject_cast<ServerConnectDialog *>(opened);
        REQUIRE(dialog);
        dialog->hostField()->setText(QStringLiteral("db.example.co.jp"));
        dialog->databaseField()->setText(QStringLiteral("sales"));
        dialog->userField()->setText(QStringLiteral("sato"));
        dialog->tlsField()->setCurrentIndex(int(ServerConnectDialog::Tls::Require));
        dialog->accept();
    });
    window.databaseMenu()->connectToServer();
    CHECK(connect.done());
    CHECK(window.sessionRequest().kind == SessionRequest::Kind::Open);
    CHECK(window.sessionRequest().path == kServer);
}
