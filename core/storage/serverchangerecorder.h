#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kizuna {

class Database;

/// ChangeRecorder on a server, which has no session extension: while it lives, triggers
/// (kizuna_record_change, see postgresbaseline.cpp) log every row changed in the recorded
/// tables with its value before the change, into a temporary table of the connection that
/// empties at commit. The changeset made from that log says, for every row that differs at
/// the end, as JSON: its key; of a deleted row the old values; of an updated row the old and
/// new values of the columns that changed (as in SQLite's changesets); of an inserted row a
/// digest of its values. Reverting it restores the old values under the same checks SQLite
/// makes.
class ServerChangeRecorder final
{
public:
    /// Starts recording; needs a transaction, since the setting that turns the triggers on
    /// ends with it.
    ServerChangeRecorder(const Database &db, const QStringList &tables);
    ~ServerChangeRecorder();
    ServerChangeRecorder(const ServerChangeRecorder &) = delete;
    ServerChangeRecorder &operator=(const ServerChangeRecorder &) = delete;

    QByteArray changeset() const;

    /// Whether `changeset` was made by this class (and not by SQLite).
    static bool made(const QByteArray &changeset);
    static QList<qint64> rowIds(const QByteArray &changeset, const QString &table);
    /// Reverts `changeset`, whose rows are in `tables` (rows that refer to others first).
    /// Throws StorageError (Conflict) when a row was changed since, as ChangeRecorder::revert.
    static void revert(const Database &db, const QByteArray &changeset, const QStringList &tables);

private:
    const Database &m_db;
    QStringList m_tables;
};

} // namespace kizuna
