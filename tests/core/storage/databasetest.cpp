#include "storage/database.h"
#include "filebytes.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

StorageError::Kind openError(const QString &path)
{
    try {
        Database db(path);
    } catch (const StorageError &error) {
        CHECK(error.message().contains(path));
        return error.kind();
    }
    FAIL("opening " << path.toStdString() << " succeeded");
    return StorageError::Kind::Generic;
}

} // namespace

TEST_CASE("a new database gets a private folder, a private file and the pragmas",
          "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("nested/data"));
    const QString path = folder + QStringLiteral("/kizuna.sqlite");
    Database db(path);

    CHECK(QFileInfo(folder).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
           QFile::WriteUser | QFile::ExeUser));
    CHECK((QFileInfo(path).permissions() &
           (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0);
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    CHECK(db.scalar(QStringLiteral("PRAGMA secure_delete")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() == 30000);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    // The -wal file inherits the database file's mode.
    CHECK((QFileInfo(path + QStringLiteral("-wal")).permissions() &
           (QFile::ReadGroup | QFile::ReadOther)) == 0);
}

TEST_CASE("a file that is not SQLite is refused and left untouched", "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cards.sqlite"));
    const QByteArray bytes = QByteArrayLiteral("会社名,姓,名\r\nひかり電子,山田,太郎\r\n");
    test::writeFileBytes(path, bytes);
    CHECK(openError(path) == StorageError::Kind::NotADatabase);
    CHECK(test::readFileBytes(path) == bytes);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a database from a newer Kizuna is refused and left untouched", "[storage][sqlite]")
{
    test::TestDatabase t;
    t.db().execute(QStringLiteral("PRAGMA user_version = 99"));
    t.close();
    const QByteArray before = test::readFileBytes(t.path());
    try {
        Database db(t.path());
        FAIL("a newer database was opened");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::TooNew);
        CHECK(error.message().contains(QStringLiteral("99")));
    }
    CHECK(test::readFileBytes(t.path()) == before);
}

TEST_CASE("another program's SQLite file is refused and left untouched", "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (body TEXT)"));
        QSqlQuery(other).exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = test::readFileBytes(path);
    CHECK(openError(path) == StorageError::Kind::NotADatabase);
    CHECK(test::readFileBytes(path) == before);
}

TEST_CASE("a damaged database is reported, not overwritten", "[storage][sqlite]")
{
    test::TestDatabase t;
    t.close();
    QByteArray bytes = test::readFileBytes(t.path());
    REQUIRE(bytes.size() > 4096);
    // Keep the header, wreck the schema page.
    for (qsizetype i = 100; i < 4096; ++i)
        bytes[i] = static_cast<char>(0xA5);
    test::writeFileBytes(t.path(), bytes);
    const StorageError::Kind kind = openError(t.path());
    CHECK((kind == StorageError::Kind::Corrupt || kind == StorageError::Kind::NotADatabase));
    CHECK(test::readFileBytes(t.path()) == bytes);
}

TEST_CASE("a location that cannot be written gives a clear error", "[storage][sqlite]")
{
    // /proc refuses new files even to root, unlike a chmod-ed folder.
    const QString path = QStringLiteral("/proc/kizuna-test/kizuna.sqlite");
    CHECK(openError(path) == StorageError::Kind::ReadOnly);
}

TEST_CASE("a folder given as the database is refused", "[storage][sqlite]")
{
    QTemporaryDir dir;
    CHECK(openError(dir.path()) == StorageError::Kind::NotADatabase);
}

TEST_CASE("reconnect opens the same database again, with its settings and kept statements",
          "[storage]")
{
    test::TestDatabase t;
    Database &db = t.db();
    db.execute(QStringLiteral("CREATE TABLE scratch (x INTEGER)"));
    const QString insert = QStringLiteral("INSERT INTO scratch (x) VALUES (?)");
    db.statement(insert).addBindValue(1);
    db.exec(db.statement(insert));

    db.reconnect();

    QSqlQuery &again = db.statement(insert);
    again.addBindValue(2);
    db.exec(again);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM scratch")).toInt() == 2);
    if (db.isServer()) {
        CHECK(db.scalar(QStringLiteral("SHOW TimeZone")).toString() == QStringLiteral("UTC"));
        CHECK(db.scalar(QStringLiteral("SHOW lock_timeout")).toString() == QStringLiteral("30s"));
    } else {
        CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    }
}
