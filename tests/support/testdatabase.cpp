#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <catch2/catch.hpp>

namespace kizuna::test {

namespace {

void runOnMaintenanceDatabase(const QString &server, const QString &sql)
{
    const QString name = QStringLiteral("kizuna-test-admin-") + QUuid::createUuid().toString();
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl url(server);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            FAIL("cannot reach the test server " << server.toStdString() << ": "
                                                 << admin.lastError().text().toStdString());
        QSqlQuery query(admin);
        if (!query.exec(sql))
            FAIL(sql.toStdString() << ": " << query.lastError().text().toStdString());
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString TestDatabase::server()
{
    return qEnvironmentVariable("KIZUNA_TEST_POSTGRES");
}

// tests/CMakeLists.txt puts the cluster in a folder named after its port.
QString TestDatabase::serverFolder()
{
    if (!onServer())
        return {};
    return QStringLiteral("/tmp/kizuna-test-postgres-") + QString::number(QUrl(server()).port());
}

void TestDatabase::administer(const QString &sql)
{
    runOnMaintenanceDatabase(server(), sql);
}

TestDatabase::TestDatabase(int migrateTo)
{
    Database::Options options;
    options.migrateTo = migrateTo;
    if (onServer()) {
        // A server starts at the baseline; older versions exist only as files.
        REQUIRE((migrateTo < 0 || migrateTo >= 5));
        m_serverDatabase =
            QStringLiteral("kizuna_test_") + QUuid::createUuid().toString(QUuid::Id128);
        // Names are generated here, never typed: safe to put in the statement.
        runOnMaintenanceDatabase(server(), QStringLiteral("CREATE DATABASE ") + m_serverDatabase);
        m_path = server() + QLatin1Char('/') + m_serverDatabase;
    } else {
        m_path = m_dir.filePath(QStringLiteral("kizuna.sqlite"));
    }
    m_db = std::make_unique<Database>(m_path, options);
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (m_serverDatabase.isEmpty())
        return;
    // FORCE: a worker thread's connection may still be closing.
    try {
        runOnMaintenanceDatabase(server(), QStringLiteral("DROP DATABASE IF EXISTS ") +
                                               m_serverDatabase + QStringLiteral(" WITH (FORCE)"));
    } catch (...) {
    }
}

Database &TestDatabase::reopen()
{
    m_db.reset();
    m_db = std::make_unique<Database>(m_path);
    return *m_db;
}

} // namespace kizuna::test
