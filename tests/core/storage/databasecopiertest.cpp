#include "storage/databasecopier.h"
#include "contacts/contactservice.h"
#include "demo/demoloader.h"
#include "qtcatch.h"
#include "storage/contactlistquery.h"
#include "testdatabase.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

const QDate kToday(2026, 12, 6);

qint64 rowsOf(const DatabaseCopier::Report &report, const QString &table)
{
    for (const DatabaseCopier::TableCount &count : report.tables) {
        if (count.table == table)
            return count.rows;
    }
    FAIL("no table " << table.toStdString() << " in the report");
    return -1;
}

QStringList namesFound(Database &db, const QString &search)
{
    ContactService contacts(db, nullptr);
    ContactListQuery query;
    query.search = search;
    query.limit = 1000;
    QStringList names;
    for (const Contact &c : contacts.page(query).contacts)
        names.append(c.familyName + c.givenName);
    return names;
}

} // namespace

TEST_CASE("a file copied to a server and back keeps every row, and the source is only read",
          "[storage][server][migrate]")
{
    QTemporaryDir dir;
    Database file(dir.filePath(QStringLiteral("owner.sqlite")));
    {
        ContactService contacts(file, nullptr);
        DemoLoader(file, contacts, 11, kToday).load(80);
        Contact trashed;
        trashed.familyName = QStringLiteral("削除");
        trashed.givenName = QStringLiteral("予定");
        contacts.moveToTrash(contacts.add(trashed));
    }
    const qint64 contactsInFile =
        file.scalar(QStringLiteral("SELECT count(*) FROM contacts")).toLongLong();

    test::TestDatabase server;
    REQUIRE(server.db().isServer());
    const DatabaseCopier::Report up = DatabaseCopier(file, server.db()).copy();
    CHECK(rowsOf(up, QStringLiteral("contacts")) == contactsInFile);
    CHECK(rowsOf(up, QStringLiteral("follow_ups")) > 0);
    CHECK(rowsOf(up, QStringLiteral("stage_changes")) > 0);
    CHECK(rowsOf(up, QStringLiteral("deals")) > 0);
    // The trashed one is kept but not searchable.
    CHECK(up.indexedContacts == contactsInFile - 1);
    CHECK(file.scalar(QStringLiteral("SELECT count(*) FROM contacts")).toLongLong() ==
          contactsInFile);

    // Search finds the same people on both, through each backend's own index.
    for (const QString &search :
         {QStringLiteral("やま"), QStringLiteral("株式会社"), QStringLiteral("田"),
          QStringLiteral("tanaka"), QStringLiteral("090")})
        CHECK(namesFound(server.db(), search) == namesFound(file, search));

    // Every live contact is linked to its document, so an edit replaces it.
    CHECK(server.db()
              .scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL "
                                     "AND search_rowid IS NULL"))
              .toLongLong() == 0);
    ContactService onServer(server.db(), nullptr);
    Contact renamed = onServer.get(1);
    const QString oldName = renamed.familyName + renamed.givenName;
    const qsizetype namesakes = namesFound(server.db(), oldName).count(oldName);
    renamed.familyName = QStringLiteral("改名");
    onServer.update(renamed);
    CHECK(namesFound(server.db(), oldName).count(oldName) == namesakes - 1);
    CHECK(namesFound(server.db(), QStringLiteral("改名")).size() == 1);

    // New rows on the server go on after the copied ids.
    Contact added;
    added.familyName = QStringLiteral("百目鬼");
    CHECK(onServer.add(added) == contactsInFile + 1);

    const QString backPath = dir.filePath(QStringLiteral("back.sqlite"));
    Database back(backPath);
    const DatabaseCopier::Report down = DatabaseCopier(server.db(), back).copy();
    CHECK(rowsOf(down, QStringLiteral("contacts")) == contactsInFile + 1);
    CHECK(namesFound(back, QStringLiteral("百目鬼")) == QStringList{QStringLiteral("百目鬼")});
    CHECK(back.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL "
                                     "AND search_rowid IS NULL"))
              .toLongLong() == 0);
    CHECK(namesFound(back, QStringLiteral("改名")).size() == 1);
}

TEST_CASE("a copy into a database that holds data is refused and changes nothing",
          "[storage][server][migrate]")
{
    QTemporaryDir dir;
    Database file(dir.filePath(QStringLiteral("owner.sqlite")));
    ContactService fromFile(file, nullptr);
    Contact mine;
    mine.familyName = QStringLiteral("山田");
    fromFile.add(mine);

    test::TestDatabase server;
    ContactService onServer(server.db(), nullptr);
    Contact theirs;
    theirs.familyName = QStringLiteral("佐藤");
    onServer.add(theirs);

    try {
        DatabaseCopier(file, server.db()).copy();
        FAIL("a copy into a database with data went ahead");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Conflict);
        CHECK(error.message().startsWith(server.path()));
        CHECK(error.reason().contains(QStringLiteral("empty")));
    }
    CHECK(namesFound(server.db(), QString()) == QStringList{QStringLiteral("佐藤")});
}
