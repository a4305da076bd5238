#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace kizuna::test {

/// A fresh, migrated database, removed with the object: a file in its own temporary folder,
/// or, when the tests run against a server (KIZUNA_TEST_POSTGRES names one, see
/// tests/postgres), a new database of its own on that server.
class TestDatabase final
{
public:
    explicit TestDatabase(int migrateTo = -1);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    Database &db() { return *m_db; }
    /// The file's path or the server database's address: what Database and the CLI take.
    QString path() const { return m_path; }
    /// A temporary folder for the test's files, whichever the backend.
    QString folder() const { return m_dir.path(); }
    /// Closes the connection (to reopen the database or inspect it from outside).
    void close() { m_db.reset(); }
    /// Opens the database again with the latest schema.
    Database &reopen();

    /// The server the tests run against (postgresql://USER@HOST:PORT), or empty for files.
    static QString server();
    static bool onServer() { return !server().isEmpty(); }
    /// The throwaway cluster's folder (its TLS authority is root.crt there), or empty.
    static QString serverFolder();
    /// Runs one statement on the test server's maintenance database as its superuser.
    static void administer(const QString &sql);

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_serverDatabase;
    std::unique_ptr<Database> m_db;
};

} // namespace kizuna::test
