#include "storage/serveraddress.h"

#include <catch2/catch.hpp>

using namespace kizuna;

TEST_CASE("a server address is read the way PostgreSQL users write it", "[storage][server-address]")
{
    QString error;
    const auto address = ServerAddress::parse(
        QStringLiteral("postgresql://sales@db.example.jp:6543/kizuna?sslmode=verify-full&"
                       "sslrootcert=/etc/ssl/team.crt"),
        &error);
    REQUIRE(address);
    CHECK(address->user() == QStringLiteral("sales"));
    CHECK(address->host() == QStringLiteral("db.example.jp"));
    CHECK(address->port() == 6543);
    CHECK(address->databaseName() == QStringLiteral("kizuna"));
    CHECK(address->connectOptions() ==
          QStringLiteral("sslmode=verify-full;sslrootcert=/etc/ssl/team.crt"));
    CHECK(address->toString() ==
          QStringLiteral("postgresql://sales@db.example.jp:6543/kizuna?sslmode=verify-full&"
                         "sslrootcert=/etc/ssl/team.crt"));

    const auto plain = ServerAddress::parse(QStringLiteral("postgres://me@localhost/crm"), &error);
    REQUIRE(plain);
    CHECK(plain->port() == 5432);
    CHECK(plain->toString() == QStringLiteral("postgresql://me@localhost:5432/crm"));

    CHECK(ServerAddress::isServer(QStringLiteral("POSTGRESQL://a@b/c")));
    CHECK_FALSE(ServerAddress::isServer(QStringLiteral("/home/me/postgresql/kizuna.sqlite")));
}

TEST_CASE("an address Kizuna cannot use says why", "[storage][server-address]")
{
    const auto refused = [](const char *text) {
        QString error;
        const auto address = ServerAddress::parse(QString::fromUtf8(text), &error);
        CHECK_FALSE(address);
        return error;
    };
    CHECK(refused("postgresql://me:secret@host/db").contains(QStringLiteral("password")));
    CHECK(refused("postgresql://me@host").contains(QStringLiteral("no database")));
    CHECK(refused("postgresql://host/db").contains(QStringLiteral("no user")));
    CHECK(refused("postgresql://me@host/db?password=x").contains(QStringLiteral("password")));
    CHECK(refused("postgresql://me@host/db?options=-c%20x").contains(QStringLiteral("options")));
    CHECK(refused("postgresql://me@host:99999/db").contains(QStringLiteral("port")));
    CHECK(refused("postgresql://me@/db").contains(QStringLiteral("no server")));
    CHECK(refused("postgresql://me@host/db?sslrootcert=a;host=evil")
              .contains(QStringLiteral("sslrootcert")));
}
