#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>

namespace kizuna {

class Database;

/// Records every change made to some tables while it lives, as an SQLite changeset (the
/// session extension), or on a server as ServerChangeRecorder's, so that a batch of changes
/// can later be undone exactly.
class ChangeRecorder final
{
public:
    /// Starts recording changes to `tables` on the database's connection.
    ChangeRecorder(const Database &db, const QStringList &tables);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    /// What was recorded so far.
    QByteArray changeset() const;

    /// The tables an import touches, rows that refer to others first.
    static QStringList importTables();

    /// Ids of the rows of `table` that a changeset inserts, updates or deletes.
    static QList<qint64> rowIds(const QByteArray &changeset, const QString &table);

    /// Applies the inverse of a changeset recorded over importTables(), restoring what it
    /// changed. Throws StorageError (Conflict) when a row it touched was changed since; the
    /// caller's transaction then rolls back whatever part was applied.
    static void revert(const Database &db, const QByteArray &changeset);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kizuna
