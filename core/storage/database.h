#pragma once

#include "storageerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <map>
#include <unordered_map>

class QSqlError;
struct sqlite3;

namespace kizuna {

/// Owns one connection to a Kizuna database: a SQLite file (the default) or a team's
/// PostgreSQL server (`postgresql://USER@HOST:PORT/DBNAME`, see ServerAddress): opening and
/// creating it safely, the settings every connection needs, and bringing its schema up to
/// date. Repositories ask dialect() only where the two must be spoken to differently.
///
/// Opening checks the file before SQLite may write to it (a foreign or newer file is refused
/// untouched). New folders are created 0700 and new files 0600: they hold personal data.
/// Every failure is a StorageError naming the file and the reason.
///
/// A Database is used from the thread that opened it; a worker thread opens its own.
class Database final
{
public:
    enum class Dialect
    {
        SQLite,
        PostgreSQL,
    };

    struct Options
    {
        /// Stop migrating at this schema version (tests of migrations); -1 for the latest.
        int migrateTo = -1;
        /// Milliseconds to wait for another program's lock before giving up (a server's
        /// lock_timeout too). Long enough for a team of twenty writing at once on a busy
        /// machine, whose writes queue for a file's one write lock (docs/PERFORMANCE.md,
        /// the concurrency benchmark).
        int busyTimeoutMs = 30000;
        /// A server's password the user typed; empty leaves it to PGPASSWORD or ~/.pgpass.
        /// Used for this connection only, never stored.
        QString password;
        /// Who works through this connection on a file (authorship, "mine"); empty for the
        /// desktop's login name. A server always uses its login role: the server, not the
        /// client, knows who connected.
        QString userName;
    };

    /// Opens or creates the database at `path`, a file or a server's address. Throws
    /// StorageError.
    explicit Database(const QString &path);
    Database(const QString &path, const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// AppDataLocation/kizuna.sqlite: where the app keeps its data unless told otherwise.
    static QString defaultPath();
    /// Creates `folder` 0700 if missing (it will hold personal data); throws StorageError
    /// naming `databasePath`.
    static void createPrivateFolder(const QString &folder, const QString &databasePath);
    /// Creates a new empty file 0600, failing if it exists; throws StorageError.
    static void createPrivateFile(const QString &path);
    /// The schema version this build creates and understands.
    static int latestSchemaVersion();

    /// Closes the connection and opens it again with the same options (a typed password
    /// included) and settings, after the server dropped it: what was being written when it
    /// dropped was rolled back there, so the caller saves it again. Statements kept by
    /// statement() died with the old connection and are prepared anew on their next use.
    /// Throws StorageError (unreachable, refused…); the connection stays closed then and
    /// reconnect() may be tried again.
    void reconnect();
    /// Calls `listener` after every reconnect() that succeeded: what lives on a connection
    /// (a server's LISTEN) must be set up again on the new one. The handle removes it; a
    /// listener must be removed before what it refers to goes.
    int addReconnectListener(std::function<void()> listener);
    void removeReconnectListener(int handle);

    /// The file's absolute path, or the server's address (without a password).
    QString path() const { return m_path; }
    /// What it was opened with: a worker thread opens its own connection to path() with the
    /// same (a typed password included).
    const Options &options() const { return m_options; }
    Dialect dialect() const { return m_dialect; }
    bool isServer() const { return m_dialect == Dialect::PostgreSQL; }
    int schemaVersion() const;
    /// The user working through this connection, recorded as the author of what they create
    /// and change: the server's login role, or on a file the desktop's login name.
    QString userName() const { return m_userName; }
    /// Records the schema version reached (PRAGMA user_version, or kizuna_schema on a
    /// server); only the migrator calls it, inside its transaction.
    void setSchemaVersion(int version) const;

    /// A prepared statement on this connection; throws StorageError when SQL is invalid.
    QSqlQuery prepare(const QString &sql) const;
    /// A statement prepared once for the life of the connection, for the few that run once
    /// per row of an import (inserts, lookups by key): preparing costs more than running
    /// them. It is reset before each hand-out, so a caller reads its rows to the end (and
    /// finish()es a SELECT) before the same text is asked for again.
    QSqlQuery &statement(const QString &sql) const;
    /// A value read from the database that serves for the life of this connection (a
    /// server's statistics): `load` runs on the first ask for `key` only.
    QVariant sessionValue(const QString &key, const std::function<QVariant()> &load) const;
    /// Executes a prepared and bound statement; throws StorageError with the reason.
    void exec(QSqlQuery &query) const;
    /// Prepares and runs a statement without parameters (DDL, pragmas).
    void execute(const QString &sql) const;
    /// The first column of the first row of a statement without parameters.
    QVariant scalar(const QString &sql) const;

    /// Turns a failed query into a StorageError of the right kind, naming this file.
    [[noreturn]] void fail(const QSqlQuery &query, const QString &what) const;
    /// The same for an error of a statement run through the raw handle.
    [[noreturn]] void fail(const QSqlError &error, const QString &what) const;

    /// Changes whenever this connection or another one has changed the database, so a reader
    /// can keep what it derived from the data until the stamp moves.
    struct ChangeStamp
    {
        /// PRAGMA data_version; on a server, the next transaction id, which moves whenever
        /// anyone writes
        qint64 otherConnections = 0;
        qint64 thisConnection = 0; ///< rows changed through this connection (SQLite)
        bool operator==(const ChangeStamp &) const = default;
    };
    ChangeStamp changeStamp() const;

    /// Moves everything from the WAL into the main file and truncates the WAL, so no copy of
    /// deleted data stays behind in the -wal file. Nothing to do on a server.
    void checkpoint() const;

    /// Something that stops whatever statement runs on this connection when called, from any
    /// thread (sqlite3_interrupt, PQcancel): a long count nobody waits for any more ends at once,
    /// its statement failing with a StorageError. Take it on the connection's thread; it must not
    /// be called after the connection closed.
    std::function<void()> interrupter() const;

    /// The raw SQLite handle, for the few things Qt SQL does not expose (sessions, backups);
    /// null on a server.
    sqlite3 *handle() const;
    /// After SQLite reported the file damaged: closing no longer checkpoints the WAL into
    /// it, so a damaged file is left exactly as it was found, for a restore or a rescue.
    void leaveFileUntouchedOnClose() const;

    QSqlDatabase &connection() { return m_db; }

private:
    void checkFileBeforeOpening() const;
    void openConnection(const Options &options);
    void openServerConnection(const Options &options);
    void checkIdentity() const;
    void checkServerIdentity() const;
    void applyPragmas(const Options &options);
    void applyServerSettings(const Options &options);

    Dialect m_dialect = Dialect::SQLite;
    QString m_path;
    QString m_connectionName;
    QString m_userName;
    // Kept for reconnect(); the password in it lives only as long as this object.
    Options m_options;
    std::map<int, std::function<void()>> m_reconnectListeners;
    int m_nextReconnectListener = 0;
    QSqlDatabase m_db;
    // Node-based: a reference handed out stays valid while others are added.
    mutable std::unordered_map<QString, QSqlQuery> m_statements;
    mutable QHash<QString, QVariant> m_sessionValues;
};

} // namespace kizuna
