#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kizuna {

class Database;

/// One import as it is remembered: what was read, what came of every row, and the changeset
/// that undoes it.
struct ImportBatch
{
    qint64 id = 0;
    QString file;
    QString encoding;
    QString preset;
    QString onDuplicate;
    qint64 rows = 0;
    qint64 created = 0;
    qint64 merged = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    QDateTime importedAt;
    QDateTime undoneAt;    ///< invalid while the batch stands
    bool undoable = false; ///< undo data kept (dropped when a person in it is erased)
};

/// The record of imports (table import_batches) and of what each did to whom.
class ImportBatchRepository final
{
public:
    explicit ImportBatchRepository(const Database &db);

    /// Stores a finished batch; `changeset` undoes it. Returns its id.
    qint64 add(const ImportBatch &batch, const QByteArray &changeset);
    /// Links a contact to the batch that created or merged into it.
    void link(qint64 batchId, qint64 contactId, const QString &action);
    /// Fills in the counts of a batch created before its rows were read.
    void finish(const ImportBatch &batch, const QByteArray &changeset);
    void markUndone(qint64 id);

    std::optional<ImportBatch> find(qint64 id) const;
    QByteArray changeset(qint64 id) const;
    /// Newest first.
    QList<ImportBatch> list() const;
    /// Batches imported after this one that are still standing.
    QList<qint64> standingAfter(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace kizuna
