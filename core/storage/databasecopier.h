#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace kizuna {

class Database;

/// Copies everything a Kizuna database holds into another, empty one of either kind: a
/// file to a team's server (`kizuna-cli migrate-to-server`) and back (`migrate-to-file`).
///
/// The copy runs in one transaction on the target and is checked before it commits: every
/// table has as many rows as in the source and the same content, row by row. What each
/// backend derives for itself (the search index, the companies' counts kept by triggers) is
/// rebuilt by the target and checked against the source too. The source is only read.
///
/// An import's undo record is the changeset of the backend that made it; it does not
/// travel, so imports made before the move are listed but can no longer be undone.
class DatabaseCopier final
{
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    struct Report
    {
        QList<TableCount> tables; ///< every copied table and its rows, in copy order
        qint64 indexedContacts = 0;
        qint64 importsWithoutUndo = 0;
    };
    using Progress = std::function<void(const QString &table, qint64 rowsSoFar)>;

    DatabaseCopier(const Database &source, const Database &target);

    /// Copies and verifies; throws StorageError (naming the target) when the target is not
    /// empty, or when a check fails, leaving the target as it was.
    Report copy(const Progress &progress = {}) const;

private:
    void requireEmptyTarget() const;
    qint64 rebuildSearchIndex(const Progress &progress) const;
    void restartIdentities() const;
    void verify(const Report &report) const;

    const Database &m_source;
    const Database &m_target;
};

} // namespace kizuna
