#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "import/contactimporter.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

namespace {

QString writeCards(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("cards.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QTextStream out(&file);
    out << QStringLiteral("姓,名,会社名,メールアドレス\n");
    for (int i = 0; i < rows; ++i)
        out << QStringLiteral("山田%1,花子,株式会社テスト%1,hanako%1@example.jp\n").arg(i);
    return path;
}

// SQLite's own disk-full: the file may grow by only `pages` more pages on this connection.
void limitGrowth(Database &db, int pages)
{
    const int now = db.scalar(QStringLiteral("PRAGMA page_count")).toInt();
    // Pragmas take no bound parameters; the limit is a number computed here, not user text.
    db.execute(QStringLiteral("PRAGMA max_page_count = %1").arg(now + pages));
}

void requireIntact(Database &db)
{
    REQUIRE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

} // namespace

TEST_CASE("a disk that fills during an import stores none of it and keeps what was there",
          "[storage][fault][sqlite]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    service.add(ContactBuilder().name(QStringLiteral("先客"), {}));
    QTemporaryDir dir;
    const QString cards = writeCards(dir, 3000);
    ContactImporter importer(t.db(), service);

    limitGrowth(t.db(), 20);
    try {
        importer.importFile(cards, {});
        FAIL("the import fitted in 20 pages");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::DiskFull);
        CHECK(error.message().contains(QStringLiteral("disk is full")));
        CHECK(error.message().contains(t.path()));
    }
    requireIntact(t.db());
    CHECK(service.count({}) == 1);
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM import_batches")).toInt() == 0);

    // Room again: the same connection goes on working.
    limitGrowth(t.db(), 100000);
    CHECK(importer.importFile(cards, {}).created == 3000);
    CHECK(service.count({}) == 3001);
}

TEST_CASE("a disk that fills during an edit keeps the stored contact as it was",
          "[storage][fault][sqlite]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 id = service.add(ContactBuilder()
                                      .name(QStringLiteral("編集"), QStringLiteral("前"))
                                      .notes(QStringLiteral("元のメモ")));
    limitGrowth(t.db(), 2);
    Contact edited = service.get(id);
    edited.notes = QString(200000, QChar(u'長'));
    edited.title = QStringLiteral("部長");
    CHECK_THROWS_MATCHES(service.update(edited), StorageError,
                         Catch::Predicate<StorageError>([](const StorageError &e) {
                             return e.kind() == StorageError::Kind::DiskFull;
                         }));
    requireIntact(t.db());
    const Contact stored = service.get(id);
    CHECK(stored.notes == QStringLiteral("元のメモ"));
    CHECK(stored.title.isEmpty());

    limitGrowth(t.db(), 100000);
    service.update(edited);
    CHECK(service.get(id).title == QStringLiteral("部長"));
}

TEST_CASE("a database locked by another connection beyond the busy timeout says so",
          "[storage][fault][sqlite]")
{
    test::TestDatabase t;
    t.close();
    Database::Options options;
    options.busyTimeoutMs = 200;
    Database db(t.path(), options);
    ContactService service(db, nullptr);
    service.add(ContactBuilder().name(QStringLiteral("先客"), {}));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(t.path());
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        try {
            service.add(ContactBuilder().name(QStringLiteral("待ち"), {}));
            FAIL("wrote through another program's lock");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::Locked);
            CHECK(error.message().contains(QStringLiteral("another program")));
        }
        // Reading still works while the other program writes (WAL).
        CHECK(service.count({}) == 1);
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        lock = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    service.add(ContactBuilder().name(QStringLiteral("後で"), {}));
    CHECK(service.count({}) == 2);
    requireIntact(db);
}
