#include "scopedenvironment.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ScopedEnvironment;

namespace {

// The test server's address with another user and database, and extra parameters.
QString addressOf(const QString &user, const QString &database, const QString &query = {})
{
    QUrl url(test::TestDatabase::server());
    return QStringLiteral("postgresql://%1@%2:%3/%4%5")
        .arg(user, url.host())
        .arg(url.port())
        .arg(database, query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

StorageError openError(const QString &address, const Database::Options &options = {})
{
    try {
        Database db(address, options);
    } catch (const StorageError &error) {
        return error;
    }
    FAIL("opening " << address.toStdString() << " succeeded");
    return StorageError(StorageError::Kind::Generic, {}, {});
}

// A database of its own for a test that sets it up by hand, dropped afterwards.
class ScratchDatabase
{
public:
    ScratchDatabase()
        : m_name(QStringLiteral("kizuna_scratch_") + QUuid::createUuid().toString(QUuid::Id128))
    {
        test::TestDatabase::administer(QStringLiteral("CREATE DATABASE ") + m_name +
                                       QStringLiteral(" OWNER kizuna_password"));
    }
    ~ScratchDatabase()
    {
        test::TestDatabase::administer(QStringLiteral("DROP DATABASE IF EXISTS ") + m_name +
                                       QStringLiteral(" WITH (FORCE)"));
    }
    QString name() const { return m_name; }

private:
    QString m_name;
};

// Reads one number through a plain QPSQL connection, as another program would.
qint64 rawScalar(const QString &address, const QString &sql)
{
    const QUrl url(address);
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString();
    qint64 value = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        raw.setHostName(url.host());
        raw.setPort(url.port());
        raw.setUserName(url.userName());
        raw.setDatabaseName(url.path().mid(1));
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        value = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

const QByteArray kPassword = QByteArrayLiteral("right horse battery");

} // namespace

TEST_CASE("a server that does not answer is named and called unreachable", "[storage][server]")
{
    // Port 1 on the loopback: nothing listens there, so the refusal is immediate.
    const QString address = QStringLiteral("postgresql://nobody@127.0.0.1:1/kizuna");
    const StorageError error = openError(address);
    CHECK(error.kind() == StorageError::Kind::Unreachable);
    CHECK(error.message().startsWith(address));
    CHECK(error.reason().contains(QStringLiteral("cannot be reached")));
}

TEST_CASE("the password comes from PGPASSWORD, ~/.pgpass or the window, and a wrong one is "
          "refused",
          "[storage][server]")
{
    ScratchDatabase scratch;
    const QString address = addressOf(QStringLiteral("kizuna_password"), scratch.name());
    // No password anywhere: libpq must not find one in the developer's own files.
    QTemporaryDir home;
    const ScopedEnvironment noPassFile("PGPASSFILE",
                                       QFile::encodeName(home.filePath(QStringLiteral("none"))));

    SECTION("none at all")
    {
        const StorageError error = openError(address);
        CHECK(error.kind() == StorageError::Kind::Authentication);
        CHECK(error.reason().contains(QStringLiteral("PGPASSWORD")));
    }
    SECTION("a wrong one typed in the window")
    {
        Database::Options options;
        options.password = QStringLiteral("wrong horse");
        const StorageError error = openError(address, options);
        CHECK(error.kind() == StorageError::Kind::Authentication);
        CHECK(error.message().startsWith(address));
    }
    SECTION("the right one typed in the window")
    {
        Database::Options options;
        options.password = QString::fromUtf8(kPassword);
        Database db(address, options);
        CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    }
    SECTION("PGPASSWORD")
    {
        const ScopedEnvironment password("PGPASSWORD", kPassword);
        Database db(address);
        CHECK(db.isServer());
    }
    SECTION("a password file")
    {
        const QString file = home.filePath(QStringLiteral("pgpass"));
        QFile pass(file);
        REQUIRE(pass.open(QIODevice::WriteOnly));
        pass.write("*:*:*:kizuna_password:" + kPassword + "\n");
        pass.close();
        pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const ScopedEnvironment passFile("PGPASSFILE", QFile::encodeName(file));
        Database db(address);
        CHECK(db.isServer());
    }
}

TEST_CASE("sslmode=verify-full checks the server's certificate", "[storage][server]")
{
    const QString folder = test::TestDatabase::serverFolder();
    REQUIRE_FALSE(folder.isEmpty());
    test::TestDatabase t;
    const QString name = QUrl(t.path()).path().mid(1);
    const QUrl server(test::TestDatabase::server());
    const auto secure = [&](const QString &host, const QString &rootCert) {
        return QStringLiteral("postgresql://postgres@%1:%2/%3?sslmode=verify-full&sslrootcert=%4")
            .arg(host)
            .arg(server.port())
            .arg(name, rootCert);
    };
    t.close();

    SECTION("the right authority and name")
    {
        Database db(secure(QStringLiteral("localhost"), folder + QStringLiteral("/root.crt")));
        CHECK(db.scalar(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                       "pg_backend_pid()"))
                  .toBool());
    }
    SECTION("a name the certificate does not carry")
    {
        const StorageError error =
            openError(secure(QStringLiteral("127.0.0.1"), folder + QStringLiteral("/root.crt")));
        CHECK(error.kind() == StorageError::Kind::Insecure);
        CHECK(error.reason().contains(QStringLiteral("sslmode")));
    }
    SECTION("another authority")
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.crt"));
        // The server's own certificate is no authority for itself.
        REQUIRE(QFile::copy(folder + QStringLiteral("/server.crt"), other));
        const StorageError error = openError(secure(QStringLiteral("localhost"), other));
        CHECK(error.kind() == StorageError::Kind::Insecure);
    }
}

TEST_CASE("a server database from a newer Kizuna is refused and left untouched",
          "[storage][server]")
{
    test::TestDatabase t;
    t.db().execute(QStringLiteral("UPDATE kizuna_schema SET version = 99"));
    t.db().execute(QStringLiteral("CREATE TABLE from_the_future (x INTEGER)"));
    t.close();
    const StorageError error = openError(t.path());
    CHECK(error.kind() == StorageError::Kind::TooNew);
    CHECK(error.reason().contains(QStringLiteral("99")));
    CHECK(rawScalar(t.path(), QStringLiteral("SELECT version FROM kizuna_schema")) == 99);
    CHECK(rawScalar(t.path(), QStringLiteral("SELECT count(*) FROM from_the_future")) == 0);
}

TEST_CASE("a server database holding another program's tables is refused", "[storage][server]")
{
    ScratchDatabase scratch;
    const QString address = addressOf(QStringLiteral("kizuna_password"), scratch.name());
    Database::Options options;
    options.password = QString::fromUtf8(kPassword);
    {
        // Made by hand through a second program's connection: a table that is not Kizuna's.
        Database own(addressOf(QStringLiteral("postgres"), scratch.name()), {});
        own.execute(QStringLiteral("DROP TABLE kizuna_schema CASCADE"));
        own.execute(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
    }
    const StorageError error = openError(address, options);
    CHECK(error.kind() == StorageError::Kind::NotADatabase);
    CHECK(error.reason().contains(QStringLiteral("another program")));
}

TEST_CASE("a database the server does not have is named as missing", "[storage][server]")
{
    const StorageError error =
        openError(addressOf(QStringLiteral("postgres"), QStringLiteral("no_such_database")));
    CHECK(error.kind() == StorageError::Kind::NotADatabase);
    CHECK(error.reason().contains(QStringLiteral("no such database")));
}

TEST_CASE("a connection the server drops says so, and nothing half-done stays", "[storage][server]")
{
    test::TestDatabase t;
    const qint64 pid = t.db().scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    t.db().execute(QStringLiteral("CREATE TABLE scratch (x INTEGER)"));
    t.db().execute(QStringLiteral("BEGIN"));
    t.db().execute(QStringLiteral("INSERT INTO scratch VALUES (1)"));
    t.administer(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    try {
        t.db().execute(QStringLiteral("INSERT INTO scratch VALUES (2)"));
        FAIL("a statement on a dropped connection succeeded");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::ConnectionLost);
        CHECK(error.reason().contains(QStringLiteral("connection")));
    }
    Database &again = t.reopen();
    CHECK(again.scalar(QStringLiteral("SELECT count(*) FROM scratch")).toInt() == 0);
}

TEST_CASE("a dropped connection comes back with reconnect(), the typed password and all",
          "[storage][server]")
{
    ScratchDatabase scratch;
    const QString address = addressOf(QStringLiteral("kizuna_password"), scratch.name());
    QTemporaryDir home;
    const ScopedEnvironment noPassFile("PGPASSFILE",
                                       QFile::encodeName(home.filePath(QStringLiteral("none"))));
    Database::Options options;
    options.password = QString::fromUtf8(kPassword);
    Database db(address, options);
    db.execute(QStringLiteral("CREATE TABLE scratch (x INTEGER)"));
    const QString insert = QStringLiteral("INSERT INTO scratch (x) VALUES (?)");
    const qint64 pid = db.scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    db.statement(insert).addBindValue(1);
    db.exec(db.statement(insert));

    test::TestDatabase::administer(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    QSqlQuery &dead = db.statement(insert);
    dead.addBindValue(2);
    try {
        db.exec(dead);
        FAIL("a statement on a dropped connection succeeded");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::ConnectionLost);
    }

    db.reconnect();
    CHECK(db.scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong() != pid);
    QSqlQuery &fresh = db.statement(insert);
    fresh.addBindValue(3);
    db.exec(fresh);
    CHECK(db.scalar(QStringLiteral("SELECT string_agg(x::text, ',' ORDER BY x) FROM scratch"))
              .toString() == QStringLiteral("1,3"));
    CHECK(db.scalar(QStringLiteral("SHOW TimeZone")).toString() == QStringLiteral("UTC"));
}

TEST_CASE("a server's data is not backed up as a file on one member's desk", "[storage][server]")
{
    test::TestDatabase t;
    BackupService backups(t.db());
    CHECK_FALSE(backups.backUpIfDue(QDate(2026, 12, 6)).has_value());
    try {
        backups.backUpNow();
        FAIL("a server was backed up as a file");
    } catch (const StorageError &error) {
        CHECK(error.message().startsWith(t.path()));
        CHECK(error.reason().contains(QStringLiteral("pg_dump")));
    }
}

TEST_CASE("a text array bound as one value arrives on a server element by element",
          "[storage][server]")
{
    test::TestDatabase t;
    const QStringList values{QStringLiteral("a,b"),
                             QStringLiteral("{x}"),
                             QStringLiteral("say \"hi\""),
                             QStringLiteral("back\\slash"),
                             QString(),
                             QStringLiteral("NULL"),
                             QStringLiteral(" 山田 "),
                             QStringLiteral("'")};
    QSqlQuery q = t.db().prepare(
        QStringLiteral("SELECT unnest(CAST(? AS TEXT[])) IS NULL, unnest(CAST(? AS TEXT[]))"));
    q.addBindValue(sql::textArray(values));
    q.addBindValue(sql::textArray(values));
    t.db().exec(q);
    QStringList back;
    while (q.next()) {
        CHECK_FALSE(q.value(0).toBool());
        back.append(q.value(1).toString());
    }
    CHECK(back == values);
    CHECK(t.db().scalar(QStringLiteral("SELECT cardinality(CAST('{}' AS TEXT[]))")).toInt() == 0);
    CHECK(sql::textArray({}) == QStringLiteral("{}"));
}
