#include "importbatchrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QVariant>

namespace kizuna {

namespace {

constexpr const char *kColumns =
    "id, file, encoding, preset, on_duplicate, rows, created, merged, skipped, rejected, "
    "imported_at, undone_at, changeset IS NOT NULL";

ImportBatch batchFrom(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.file = q.value(1).toString();
    b.encoding = q.value(2).toString();
    b.preset = q.value(3).toString();
    b.onDuplicate = q.value(4).toString();
    b.rows = q.value(5).toLongLong();
    b.created = q.value(6).toLongLong();
    b.merged = q.value(7).toLongLong();
    b.skipped = q.value(8).toLongLong();
    b.rejected = q.value(9).toLongLong();
    b.importedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    b.undoneAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    b.undoable = q.value(12).toBool() && !b.undoneAt.isValid();
    return b;
}

} // namespace

ImportBatchRepository::ImportBatchRepository(const Database &db)
    : m_db(db)
{}

qint64 ImportBatchRepository::add(const ImportBatch &batch, const QByteArray &changeset)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO import_batches (file, encoding, preset, on_duplicate, rows, created, "
        "merged, skipped, rejected, imported_at, changeset) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(batch.file);
    q.addBindValue(batch.encoding);
    q.addBindValue(batch.preset);
    q.addBindValue(batch.onDuplicate);
    q.addBindValue(batch.rows);
    q.addBindValue(batch.created);
    q.addBindValue(batch.merged);
    q.addBindValue(batch.skipped);
    q.addBindValue(batch.rejected);
    q.addBindValue(sql::now());
    q.addBindValue(changeset);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void ImportBatchRepository::finish(const ImportBatch &batch, const QByteArray &changeset)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE import_batches SET rows = ?, created = ?, merged = ?, "
                                    "skipped = ?, rejected = ?, changeset = ? WHERE id = ?"));
    q.addBindValue(batch.rows);
    q.addBindValue(batch.created);
    q.addBindValue(batch.merged);
    q.addBindValue(batch.skipped);
    q.addBindValue(batch.rejected);
    q.addBindValue(changeset);
    q.addBindValue(batch.id);
    m_db.exec(q);
}

void ImportBatchRepository::link(qint64 batchId, qint64 contactId, const QString &action)
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("INSERT INTO import_batch_contacts (batch_id, contact_id, action) "
                       "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(batchId);
    q.addBindValue(contactId);
    q.addBindValue(action);
    m_db.exec(q);
}

void ImportBatchRepository::markUndone(qint64 id)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE import_batches SET undone_at = ?, changeset = NULL WHERE id = ?"));
    q.addBindValue(sql::now());
    q.addBindValue(id);
    m_db.exec(q);
}

std::optional<ImportBatch> ImportBatchRepository::find(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
                               QStringLiteral(" FROM import_batches WHERE id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return batchFrom(q);
}

QByteArray ImportBatchRepository::changeset(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT changeset FROM import_batches WHERE id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QList<ImportBatch> ImportBatchRepository::list() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
                               QStringLiteral(" FROM import_batches ORDER BY id DESC"));
    m_db.exec(q);
    QList<ImportBatch> batches;
    while (q.next())
        batches.append(batchFrom(q));
    return batches;
}

QList<qint64> ImportBatchRepository::standingAfter(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id FROM import_batches WHERE id > ? AND undone_at IS NULL ORDER BY id"));
    q.addBindValue(id);
    m_db.exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace kizuna
