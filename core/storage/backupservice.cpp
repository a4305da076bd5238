#include "backupservice.h"

#include "database.h"
#include "settingsrepository.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <memory>

namespace kizuna {

const QString BackupService::kKeepSetting = QStringLiteral("backup.keep");

namespace {

// Milliseconds in the name: two backups in the same second (a test, a quick "back up now"
// after the daily one) must not collide, and the names sort by time.
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QString tr(const char *text)
{
    return QCoreApplication::translate("BackupService", text);
}

struct SqliteCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

SqliteHandle openRaw(const QString &file, int flags, QString *error)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &raw, flags, nullptr);
    SqliteHandle handle(raw);
    if (rc != SQLITE_OK) {
        *error =
            raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        handle.reset();
    }
    return handle;
}

QString baseNameOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

BackupService::BackupService(Database &db)
    : m_db(db)
{}

QString BackupService::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

QList<BackupFile> BackupService::list(const QString &databasePath)
{
    const QString base = baseNameOf(databasePath);
    const QRegularExpression name(QStringLiteral("^") + QRegularExpression::escape(base) +
                                  QStringLiteral("-(\\d{8}-\\d{6}-\\d{3})\\.sqlite$"));
    QList<BackupFile> backups;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo &info : folder.entryInfoList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = name.match(info.fileName());
        if (!match.hasMatch())
            continue;
        backups.append({info.absoluteFilePath(),
                        QDateTime::fromString(match.captured(1), kStampFormat), info.size()});
    }
    return backups;
}

QString BackupService::restoreAdvice(const QString &databasePath)
{
    const QList<BackupFile> backups = list(databasePath);
    if (backups.isEmpty())
        return tr("No backup of this database was found. The file was left as it is.");
    return tr("The file was left as it is. To restore the latest backup (%1), run:\n"
              "  kizuna-cli --db %2 backup restore %3")
        .arg(backups.last().takenAt.toString(Qt::ISODate), databasePath, backups.last().path);
}

QString BackupService::integrityOf(const QString &file)
{
    QString error;
    const SqliteHandle db = openRaw(file, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, &error);
    if (!db)
        return error;
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db.get(), "PRAGMA integrity_check", -1, &raw, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db.get()));
    QStringList problems;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        problems.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0))));
    if (rc != SQLITE_DONE)
        problems.append(QString::fromUtf8(sqlite3_errmsg(db.get())));
    sqlite3_finalize(raw);
    return problems.join(QStringLiteral("; "));
}

QString BackupService::restore(const QString &databasePath, const QString &backup)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    if (!QFileInfo(backup).isFile())
        throw StorageError(StorageError::Kind::NotFound, backup, tr("no such backup file"));
    const QString integrity = integrityOf(backup);
    if (integrity != QStringLiteral("ok"))
        throw StorageError(
            StorageError::Kind::Corrupt, backup,
            tr("the backup is damaged (%1); the database was left as it was").arg(integrity));
    // Copied in under a temporary name first: a full disk leaves the current file in place.
    const QString incoming = path + QStringLiteral(".restoring");
    removeDatabaseFiles(incoming);
    QFile source(backup);
    if (!source.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::ReadOnly, backup, source.errorString());
    Database::createPrivateFile(incoming);
    QFile target(incoming);
    if (!target.open(QIODevice::WriteOnly) || target.write(source.readAll()) != source.size() ||
        !target.flush()) {
        const QString reason = target.errorString();
        target.close();
        QFile::remove(incoming);
        throw StorageError(
            StorageError::Kind::DiskFull, path,
            tr("cannot copy the backup in (%1); the database was left as it was").arg(reason));
    }
    target.close();

    QString keptAside;
    if (QFileInfo::exists(path)) {
        keptAside = path + QStringLiteral(".before-restore-") +
                    QDateTime::currentDateTime().toString(kStampFormat);
        // The WAL belongs to the file: moved with it, the kept copy stays whole.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(path + suffix) &&
                !QFile::rename(path + suffix, keptAside + suffix))
                throw StorageError(
                    StorageError::Kind::ReadOnly, path,
                    tr("cannot move the current file aside to %1").arg(keptAside + suffix));
    }
    if (!QFile::rename(incoming, path))
        throw StorageError(
            StorageError::Kind::ReadOnly, path,
            tr("cannot put the backup in place; the previous file is %1").arg(keptAside));
    return keptAside;
}

QString BackupService::backUpNow()
{
    // A server's data is backed up where it lives, by its administrator (pg_dump); a copy
    // of it on one member's desk is no backup of the team's.
    if (m_db.isServer())
        throw StorageError(StorageError::Kind::Generic, m_db.path(),
                           tr("Kizuna backs up files only; a server is backed up by its "
                              "administrator (for example with pg_dump)"));
    const QString folder = folderFor(m_db.path());
    Database::createPrivateFolder(folder, m_db.path());
    const QString finalPath =
        folder + QLatin1Char('/') + baseNameOf(m_db.path()) + QLatin1Char('-') +
        QDateTime::currentDateTime().toString(kStampFormat) + QStringLiteral(".sqlite");
    const QString partial = finalPath + QStringLiteral(".partial");
    removeDatabaseFiles(partial);
    Database::createPrivateFile(partial);

    QString error;
    {
        SqliteHandle target = openRaw(partial, SQLITE_OPEN_READWRITE, &error);
        if (target) {
            sqlite3_backup *backup =
                sqlite3_backup_init(target.get(), "main", m_db.handle(), "main");
            if (!backup) {
                error = QString::fromUtf8(sqlite3_errmsg(target.get()));
            } else {
                // One step over every page: the source is read under one read transaction,
                // so the copy is a consistent snapshot while other connections write on.
                const int rc = sqlite3_backup_step(backup, -1);
                sqlite3_backup_finish(backup);
                if (rc != SQLITE_DONE)
                    error = QString::fromUtf8(sqlite3_errstr(rc));
                // The copy carries the source's WAL flag; a backup is one self-contained
                // file instead, with no -wal or -shm beside it to lose or to leak.
                else if (sqlite3_exec(target.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr,
                                      nullptr) != SQLITE_OK)
                    error = QString::fromUtf8(sqlite3_errmsg(target.get()));
            }
        }
    }
    if (error.isEmpty()) {
        const QString integrity = integrityOf(partial);
        if (integrity != QStringLiteral("ok"))
            error = integrity;
    }
    if (!error.isEmpty() || !QFile::rename(partial, finalPath)) {
        removeDatabaseFiles(partial);
        throw StorageError(StorageError::Kind::Generic, m_db.path(),
                           tr("the backup failed (%1); the database is unchanged")
                               .arg(error.isEmpty() ? tr("cannot rename the backup") : error));
    }
    rotate(keepCount());
    return finalPath;
}

std::optional<QString> BackupService::backUpIfDue(const QDate &today)
{
    if (m_db.isServer())
        return std::nullopt;
    for (const BackupFile &backup : list(m_db.path()))
        if (backup.takenAt.date() == today)
            return std::nullopt;
    return backUpNow();
}

int BackupService::keepCount() const
{
    const auto stored = SettingsRepository(m_db).value(kKeepSetting);
    bool ok = false;
    const int keep = stored ? stored->toInt(&ok) : kDefaultKeep;
    return stored && !ok ? kDefaultKeep : std::max(1, keep);
}

void BackupService::setKeepCount(int keep)
{
    if (keep < 1 || keep > 365)
        throw ValidationError(kKeepSetting, tr("keep between 1 and 365 backups"));
    SettingsRepository(m_db).setValue(kKeepSetting, QString::number(keep));
    rotate(keep);
}

void BackupService::rotate(int keep)
{
    const QList<BackupFile> backups = list(m_db.path());
    for (qsizetype i = 0; i + keep < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
}

} // namespace kizuna
