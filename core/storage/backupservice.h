#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kizuna {

class Database;

/// One backup file beside the database: when it was taken and how big it is.
struct BackupFile
{
    QString path;
    QDateTime takenAt;
    qint64 bytes = 0;
};

/// Online backups of a database with SQLite's backup API, into a private folder beside it.
///
/// A backup is written under a temporary name, checked with integrity_check and only then
/// given its final name, so a listed backup is always a whole one. Files are 0600 like the
/// database. Restoring never overwrites the current file: it is moved aside first.
class BackupService final
{
public:
    /// How many backups are kept when no setting says otherwise.
    static constexpr int kDefaultKeep = 7;
    /// The settings key of the number of backups to keep.
    static const QString kKeepSetting;

    explicit BackupService(Database &db);

    /// FOLDER/backups: where the backups of the database at `databasePath` go.
    static QString folderFor(const QString &databasePath);
    /// The backups of the database at `databasePath`, oldest first. Needs no open database,
    /// so a damaged file's backups can still be listed.
    static QList<BackupFile> list(const QString &databasePath);
    /// What to tell the user about a damaged database at `databasePath`: that it was left as
    /// it is, and the latest backup with the command that restores it (or that there is none).
    static QString restoreAdvice(const QString &databasePath);
    /// "ok", or SQLite's description of what is wrong with the file.
    static QString integrityOf(const QString &file);
    /// Replaces the database at `databasePath` (which must not be open) with `backup`, after
    /// the backup passes integrity_check. The current file and its WAL are renamed to
    /// PATH.before-restore-TIMESTAMP; returns that name, or an empty string when there was no
    /// file. Throws StorageError naming the reason; nothing is changed then.
    static QString restore(const QString &databasePath, const QString &backup);

    /// Backs up now and drops the oldest beyond the number to keep; returns the new file.
    /// Throws StorageError on a server, whose backups are its administrator's.
    QString backUpNow();
    /// The daily backup: backs up when none was taken today; returns the new file if any.
    /// Nothing on a server.
    std::optional<QString> backUpIfDue(const QDate &today);
    /// The number of backups kept (setting backup.keep, at least 1).
    int keepCount() const;
    /// Sets how many backups are kept (1 to 365) and drops the oldest beyond it; throws
    /// ValidationError otherwise.
    void setKeepCount(int keep);
    /// Deletes the oldest backups so that `keep` remain.
    void rotate(int keep);

private:
    Database &m_db;
};

} // namespace kizuna
