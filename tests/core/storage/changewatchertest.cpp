// Two members on one database: the test's connection watches, a second connection (another
// member's Kizuna) writes, and the watcher must tell the first one without being asked.
#include "storage/changewatcher.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "waituntil.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

namespace {

// Short, so a file's poll comes many times within the waits below.
constexpr int kPollMs = 20;
// Long enough for a notification from the server on the loopback, or several polls.
constexpr int kQuietMs = 300;

void addTagElsewhere(const QString &path, const QString &name)
{
    Database other(path);
    QSqlQuery insert = other.prepare(QStringLiteral("INSERT INTO tags (name, match_key) "
                                                    "VALUES (?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(name.toLower());
    other.exec(insert);
}

// A fresh database, watched with a quick poll, and what the watcher told.
struct Watched
{
    test::TestDatabase t;
    ChangeWatcher watcher{t.db()};
    QSignalSpy told{&watcher, &ChangeWatcher::changedElsewhere};

    Watched() { watcher.setPollInterval(kPollMs); }
};

} // namespace

TEST_CASE("another connection's change is told, this connection's own is not", "[storage][changes]")
{
    Watched w;
    auto &[t, watcher, told] = w;

    ContactService mine(t.db(), nullptr);
    mine.add(ContactBuilder().name(QStringLiteral("山田"), QStringLiteral("太郎")));
    QTest::qWait(kQuietMs);
    CHECK(told.isEmpty());

    {
        Database other(t.path());
        ContactService theirs(other, nullptr);
        theirs.add(ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子")));
    }
    REQUIRE(test::waitUntil([&] { return !told.isEmpty(); }));
}

TEST_CASE("many rows written in one transaction elsewhere are told once", "[storage][changes]")
{
    Watched w;
    auto &[t, watcher, told] = w;
    {
        Database other(t.path());
        Transaction transaction(other);
        for (int i = 0; i < 200; ++i) {
            QSqlQuery insert =
                other.prepare(QStringLiteral("INSERT INTO tags (name, match_key) VALUES (?, ?)"));
            insert.addBindValue(QStringLiteral("Tag %1").arg(i));
            insert.addBindValue(QStringLiteral("tag %1").arg(i));
            other.exec(insert);
        }
        transaction.commit();
    }
    REQUIRE(test::waitUntil([&] { return !told.isEmpty(); }));
    QTest::qWait(kQuietMs);
    CHECK(told.size() == 1);
}

TEST_CASE("a change rolled back elsewhere is not told", "[storage][changes]")
{
    Watched w;
    auto &[t, watcher, told] = w;
    {
        Database other(t.path());
        Transaction transaction(other);
        other.execute(QStringLiteral("INSERT INTO tags (name, match_key) VALUES ('x', 'x')"));
    }
    QTest::qWait(kQuietMs);
    CHECK(told.isEmpty());
}

TEST_CASE("another connection that only opens and reads is not told", "[storage][changes]")
{
    Watched w;
    auto &[t, watcher, told] = w;
    // What the window's own workers do: each opens a connection of its own to count and sort.
    {
        Database other(t.path());
        other.scalar(QStringLiteral("SELECT count(*) FROM contacts"));
    }
    QTest::qWait(kQuietMs);
    CHECK(told.isEmpty());
}

TEST_CASE("a file is looked at only while the program is active, at once when it becomes so",
          "[storage][changes][sqlite]")
{
    Watched w;
    auto &[t, watcher, told] = w;
    watcher.setActive(false);
    addTagElsewhere(t.path(), QStringLiteral("VIP"));
    QTest::qWait(kQuietMs);
    CHECK(told.isEmpty());

    // A minute's poll: only becoming active can have looked.
    watcher.setPollInterval(60000);
    watcher.setActive(true);
    CHECK(told.size() == 1);
}

TEST_CASE("changes committed before the window caught up are not news, later ones are",
          "[storage][changes]")
{
    Watched w;
    auto &[t, watcher, told] = w;
    // What this program's import wrote on its own connection, read again by the window.
    addTagElsewhere(t.path(), QStringLiteral("VIP"));
    watcher.catchUp();
    QTest::qWait(kQuietMs);
    CHECK(told.isEmpty());

    addTagElsewhere(t.path(), QStringLiteral("展示会"));
    REQUIRE(test::waitUntil([&] { return !told.isEmpty(); }));
}

TEST_CASE("a listener subscribed again hears each change once", "[storage][changes][server]")
{
    test::TestDatabase t;
    ChangeWatcher watcher(t.db());
    watcher.resubscribe();
    watcher.resubscribe();
    QSignalSpy told(&watcher, &ChangeWatcher::changedElsewhere);
    addTagElsewhere(t.path(), QStringLiteral("VIP"));
    REQUIRE(test::waitUntil([&] { return !told.isEmpty(); }));
    QTest::qWait(kQuietMs);
    CHECK(told.size() == 1);
}

TEST_CASE("a server's watched tables notify with their name and the transaction",
          "[storage][changes][server]")
{
    test::TestDatabase t;
    QSqlDriver *driver = t.db().connection().driver();
    REQUIRE(driver->subscribeToNotification(ChangeWatcher::channel()));
    QSignalSpy heard(driver, &QSqlDriver::notification);
    addTagElsewhere(t.path(), QStringLiteral("VIP"));
    REQUIRE(test::waitUntil([&] { return !heard.isEmpty(); }));
    CHECK(heard.first().at(0).toString() == ChangeWatcher::channel());
    CHECK(heard.first().at(1).value<QSqlDriver::NotificationSource>() == QSqlDriver::OtherSource);
    const QStringList payload = heard.first().at(2).toString().split(u' ');
    REQUIRE(payload.size() == 2);
    CHECK(payload.at(0) == QStringLiteral("tags"));
    CHECK(payload.at(1).toLongLong() > 0);
}
