#include "database.h"

#include "schemamigrator.h"
#include "serveraddress.h"
#include "serverconnection.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace kizuna {

namespace {

// "KZNA": marks a file as Kizuna's so another program's SQLite file is never migrated.
constexpr qint64 kApplicationId = 0x4B5A4E41;

StorageError::Kind kindOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return StorageError::Kind::Generic;
    switch (code) {
    case SQLITE_FULL:
        return StorageError::Kind::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Kind::Locked;
    case SQLITE_CORRUPT:
        return StorageError::Kind::Corrupt;
    case SQLITE_NOTADB:
        return StorageError::Kind::NotADatabase;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        return StorageError::Kind::ReadOnly;
    default:
        return StorageError::Kind::Generic;
    }
}

QString reasonFor(StorageError::Kind kind, const QSqlError &error)
{
    switch (kind) {
    case StorageError::Kind::DiskFull:
        return QCoreApplication::translate("Database", "the disk is full; nothing was changed");
    case StorageError::Kind::Locked:
        return QCoreApplication::translate(
            "Database", "the database is busy in another program; try again when it is done");
    case StorageError::Kind::Corrupt:
        return QCoreApplication::translate(
                   "Database", "the database file is damaged (%1); restore it from a backup")
            .arg(error.databaseText());
    case StorageError::Kind::NotADatabase:
        return QCoreApplication::translate("Database", "the file is not a Kizuna database");
    case StorageError::Kind::ReadOnly:
        return QCoreApplication::translate("Database", "the database cannot be written (%1)")
            .arg(error.databaseText());
    default:
        return error.text();
    }
}

// The desktop's login name: on a file only this machine's users can write, so it tells them
// apart well enough for "who changed this".
QString desktopUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    // Services and containers often start without a login environment.
    if (const passwd *entry = getpwuid(getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("");
}

} // namespace

Database::Database(const QString &path)
    : Database(path, Options{})
{}

Database::Database(const QString &path, const Options &options)
    : m_dialect(ServerAddress::isServer(path) ? Dialect::PostgreSQL : Dialect::SQLite)
    , m_path(isServer() ? path : QFileInfo(path).absoluteFilePath())
    , m_connectionName(QStringLiteral("kizuna-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_options(options)
{
    if (isServer()) {
        openServerConnection(options);
    } else {
        checkFileBeforeOpening();
        openConnection(options);
    }
    try {
        if (isServer()) {
            checkServerIdentity();
            applyServerSettings(options);
            m_userName = sql::text(scalar(QStringLiteral("SELECT session_user")).toString());
        } else {
            checkIdentity();
            applyPragmas(options);
            m_userName = options.userName.trimmed().isEmpty() ? desktopUserName()
                                                              : options.userName.trimmed();
        }
        SchemaMigrator(*this).migrate(options.migrateTo < 0 ? latestSchemaVersion()
                                                            : options.migrateTo);
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::reconnect()
{
    // Before the close: a kept statement frees itself on the connection it was prepared on.
    m_statements.clear();
    m_db.close();
    if (isServer()) {
        QString error;
        const std::optional<ServerAddress> address = ServerAddress::parse(m_path, &error);
        if (!address)
            throw StorageError(StorageError::Kind::NotADatabase, m_path, error);
        serverconnection::open(m_db, *address, m_options.password, m_path);
        applyServerSettings(m_options);
    } else {
        if (!m_db.open()) {
            const QSqlError error = m_db.lastError();
            throw StorageError(kindOf(error), m_path, reasonFor(kindOf(error), error));
        }
        applyPragmas(m_options);
    }
    // A copy: a listener may add or remove listeners.
    const auto listeners = m_reconnectListeners;
    for (const auto &[handle, listener] : listeners)
        listener();
}

int Database::addReconnectListener(std::function<void()> listener)
{
    const int handle = ++m_nextReconnectListener;
    m_reconnectListeners.emplace(handle, std::move(listener));
    return handle;
}

void Database::removeReconnectListener(int handle)
{
    m_reconnectListeners.erase(handle);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/kizuna.sqlite");
}

void Database::createPrivateFolder(const QString &folder, const QString &databasePath)
{
    if (QFileInfo::exists(folder))
        return;
    if (!QDir().mkpath(folder))
        throw StorageError(
            StorageError::Kind::ReadOnly, databasePath,
            QCoreApplication::translate("Database", "cannot create the folder %1").arg(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// Creates the file 0600 before SQLite sees it; SQLite gives its -wal and -shm files the same
// mode as the database file.
void Database::createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw StorageError(StorageError::Kind::ReadOnly, path,
                           QCoreApplication::translate("Database", "cannot create the file: %1")
                               .arg(QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
}

int Database::latestSchemaVersion()
{
    return SchemaMigrator::latestVersion();
}

void Database::checkFileBeforeOpening() const
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        createPrivateFolder(info.absolutePath(), m_path);
        if (!QFileInfo(info.absolutePath()).isWritable())
            throw StorageError(StorageError::Kind::ReadOnly, m_path,
                               QCoreApplication::translate(
                                   "Database", "the folder is read-only; cannot create the file"));
        createPrivateFile(m_path);
        return;
    }
    if (info.isDir())
        throw StorageError(StorageError::Kind::NotADatabase, m_path,
                           QCoreApplication::translate("Database", "this is a folder, not a file"));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::ReadOnly, m_path,
                           QCoreApplication::translate("Database", "cannot read the file: %1")
                               .arg(file.errorString()));
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        throw StorageError(StorageError::Kind::NotADatabase, m_path,
                           QCoreApplication::translate(
                               "Database", "the file is not a database (it is not SQLite)"));
    // WAL mode needs to create -wal and -shm files beside the database.
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        throw StorageError(StorageError::Kind::ReadOnly, m_path,
                           QCoreApplication::translate(
                               "Database", "the file or its folder is read-only; Kizuna needs to "
                                           "write there"));
}

void Database::openConnection(const Options &options)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(kindOf(error), m_path, reasonFor(kindOf(error), error));
    }
}

void Database::openServerConnection(const Options &options)
{
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(m_path, &error);
    if (!address)
        throw StorageError(StorageError::Kind::NotADatabase, m_path, error);
    m_path = address->toString();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid()) {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(StorageError::Kind::Unreachable, m_path,
                           QCoreApplication::translate("Database",
                                                       "Qt's PostgreSQL driver is not installed "
                                                       "(Debian: libqt6sql6-psql)"));
    }
    try {
        serverconnection::open(m_db, *address, options.password, m_path);
    } catch (...) {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

// A server database is Kizuna's when it has kizuna_schema; an empty one becomes Kizuna's.
// Anything else there belongs to someone else and is left alone. The catalog shows every
// table, also those this user may not read (information_schema would hide them).
void Database::checkServerIdentity() const
{
    QSqlQuery query = prepare(
        QStringLiteral("SELECT count(*), count(*) FILTER (WHERE tablename = 'kizuna_schema') "
                       "FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"));
    exec(query);
    query.next();
    const int tables = query.value(0).toInt();
    const bool ours = query.value(1).toInt() > 0;
    if (tables > 0 && !ours)
        throw StorageError(StorageError::Kind::NotADatabase, m_path,
                           QCoreApplication::translate(
                               "Database", "the database already holds another program's "
                                           "tables; give Kizuna an empty database of its own"));
    const int version = ours ? schemaVersion() : 0;
    if (version > latestSchemaVersion())
        throw StorageError(StorageError::Kind::TooNew, m_path,
                           QCoreApplication::translate(
                               "Database", "the server's database was set up by a newer Kizuna "
                                           "(schema version %1; this version knows up to %2); "
                                           "update Kizuna to use it")
                               .arg(version)
                               .arg(latestSchemaVersion()));
}

void Database::applyServerSettings(const Options &options)
{
    execute(QStringLiteral("SET client_encoding = 'UTF8'"));
    // Notices ("already exists, skipping") are for an administrator's console, not stderr.
    execute(QStringLiteral("SET client_min_messages = warning"));
    QSqlQuery timeout = prepare(QStringLiteral("SELECT set_config('lock_timeout', ?, false)"));
    timeout.addBindValue(QString::number(options.busyTimeoutMs));
    exec(timeout);
    execute(QStringLiteral("SET TIME ZONE 'UTC'"));
    // Compiling a plan pays off for a report that runs for seconds; every statement here is
    // an interactive one, where the compilation (10-100 ms) cost more than it saved: a
    // search's statements were planned above the JIT threshold at a million contacts.
    execute(QStringLiteral("SET jit = off"));
}

// Reads only: nothing may be written to a file until it is known to be ours and not newer.
void Database::checkIdentity() const
{
    const qint64 applicationId = scalar(QStringLiteral("PRAGMA application_id")).toLongLong();
    const int version = scalar(QStringLiteral("PRAGMA user_version")).toInt();
    const int tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
    if (applicationId != kApplicationId && (tables > 0 || version > 0))
        throw StorageError(
            StorageError::Kind::NotADatabase, m_path,
            QCoreApplication::translate("Database", "this SQLite file belongs to another program"));
    if (version > latestSchemaVersion())
        throw StorageError(StorageError::Kind::TooNew, m_path,
                           QCoreApplication::translate(
                               "Database", "the file was written by a newer Kizuna (schema "
                                           "version %1; this version knows up to %2); update "
                                           "Kizuna to open it")
                               .arg(version)
                               .arg(latestSchemaVersion()));
}

void Database::applyPragmas(const Options &options)
{
    if (scalar(QStringLiteral("PRAGMA journal_mode=WAL")).toString().toLower() !=
        QStringLiteral("wal"))
        throw StorageError(StorageError::Kind::Generic, m_path,
                           QCoreApplication::translate("Database", "cannot switch to WAL mode"));
    execute(QStringLiteral("PRAGMA foreign_keys=ON"));
    // FULL: a business's contact data is worth the few milliseconds per commit.
    execute(QStringLiteral("PRAGMA synchronous=FULL"));
    execute(QStringLiteral("PRAGMA secure_delete=ON"));
    // 64 MiB of page cache instead of SQLite's 2 MiB: the agenda, the list and the scores read
    // the same index pages again and again, and a big card file should not pay a system call
    // for each of them.
    execute(QStringLiteral("PRAGMA cache_size=-65536"));
    // Pragmas take no bound parameters; the timeout goes through the C API instead of text.
    sqlite3_busy_timeout(handle(), options.busyTimeoutMs);
    // Set once, on a new file: writing it, even unchanged, commits, and every other connection
    // (the window's ChangeWatcher among them) would take each opening for a change.
    static_assert(kApplicationId == 1264209473);
    if (scalar(QStringLiteral("PRAGMA application_id")).toLongLong() != kApplicationId)
        execute(QStringLiteral("PRAGMA application_id=1264209473"));
}

int Database::schemaVersion() const
{
    if (isServer()) {
        const QVariant exists = scalar(QStringLiteral("SELECT to_regclass('kizuna_schema')"));
        if (exists.isNull())
            return 0;
        return scalar(QStringLiteral("SELECT version FROM kizuna_schema")).toInt();
    }
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::setSchemaVersion(int version) const
{
    if (isServer()) {
        QSqlQuery query = prepare(QStringLiteral("UPDATE kizuna_schema SET version = ?"));
        query.addBindValue(version);
        exec(query);
        return;
    }
    // PRAGMA takes no bound parameters; the version is a compile-time step number.
    execute(QStringLiteral("PRAGMA user_version = ") + QString::number(version));
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        fail(query, sql);
    return query;
}

QSqlQuery &Database::statement(const QString &sql) const
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found = m_statements.emplace(sql, prepare(sql)).first;
    found->second.finish();
    return found->second;
}

QVariant Database::sessionValue(const QString &key, const std::function<QVariant()> &load) const
{
    auto found = m_sessionValues.constFind(key);
    if (found == m_sessionValues.constEnd())
        found = m_sessionValues.insert(key, load());
    return *found;
}

void Database::exec(QSqlQuery &query) const
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

void Database::execute(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(query, sql);
}

QVariant Database::scalar(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(query, sql);
    return query.next() ? query.value(0) : QVariant();
}

void Database::fail(const QSqlQuery &query, const QString &what) const
{
    fail(query.lastError(), what);
}

void Database::fail(const QSqlError &error, const QString &what) const
{
    const StorageError::Kind kind = isServer() ? serverconnection::kindOf(error) : kindOf(error);
    QString reason = isServer() ? serverconnection::reasonFor(kind, error) : reasonFor(kind, error);
    if (kind == StorageError::Kind::Corrupt || kind == StorageError::Kind::NotADatabase)
        leaveFileUntouchedOnClose();
    if (kind == StorageError::Kind::Generic)
        reason += QStringLiteral(" [") + what.simplified().left(200) + QLatin1Char(']');
    throw StorageError(kind, m_path, reason);
}

void Database::checkpoint() const
{
    if (isServer())
        return;
    execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Database::ChangeStamp Database::changeStamp() const
{
    ChangeStamp stamp;
    if (isServer()) {
        // The next transaction id moves when anyone, this connection included, writes.
        stamp.otherConnections =
            scalar(QStringLiteral("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"))
                .toLongLong();
        return stamp;
    }
    stamp.otherConnections = scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    stamp.thisConnection = sqlite3_total_changes64(handle());
    return stamp;
}

void Database::leaveFileUntouchedOnClose() const
{
    if (sqlite3 *raw = handle())
        sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

std::function<void()> Database::interrupter() const
{
    if (isServer())
        return serverconnection::canceller(m_db);
    sqlite3 *raw = handle();
    return [raw] {
        if (raw)
            sqlite3_interrupt(raw);
    };
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace kizuna
