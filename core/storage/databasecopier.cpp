#include "databasecopier.h"

#include "database.h"
#include "deferredcounts.h"
#include "deferredindexes.h"
#include "searchindexrebuilder.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseCopier", text);
}

struct TableSpec
{
    QString name;
    QString orderBy;
    /// Columns the target makes for itself: left NULL in the copy, compared afterwards.
    QStringList derived = {};
    /// Columns that do not travel at all (an undo record in the other backend's format).
    QStringList dropped = {};
    /// Columns the target's triggers count from the rows that follow: start at zero,
    /// compared afterwards.
    QStringList counted = {};
};

// Parents before children, so every reference finds its row. company_stats and a contact's
// open_follow_ups are counted by the target itself (DeferredCounts) and only checked.
const QList<TableSpec> &tables()
{
    static const QList<TableSpec> specs{
        {QStringLiteral("companies"), QStringLiteral("id")},
        {QStringLiteral("sources"), QStringLiteral("id")},
        {QStringLiteral("contacts"),
         QStringLiteral("id"),
         {QStringLiteral("search_rowid")},
         {},
         {QStringLiteral("open_follow_ups")}},
        {QStringLiteral("tags"), QStringLiteral("id")},
        {QStringLiteral("contact_tags"), QStringLiteral("contact_id, tag_id")},
        {QStringLiteral("import_batches"), QStringLiteral("id"), {}, {QStringLiteral("changeset")}},
        {QStringLiteral("import_batch_contacts"), QStringLiteral("batch_id, contact_id")},
        {QStringLiteral("contact_match_keys"), QStringLiteral("contact_id, kind, key")},
        {QStringLiteral("contact_history"), QStringLiteral("id")},
        {QStringLiteral("stage_changes"), QStringLiteral("id")},
        {QStringLiteral("activities"), QStringLiteral("id")},
        {QStringLiteral("follow_ups"), QStringLiteral("id")},
        {QStringLiteral("deals"), QStringLiteral("id")},
        {QStringLiteral("settings"), QStringLiteral("key")},
        {QStringLiteral("import_presets"), QStringLiteral("name")},
        {QStringLiteral("import_preset_columns"), QStringLiteral("preset, position")},
        {QStringLiteral("company_merges"), QStringLiteral("id")},
        {QStringLiteral("company_merge_contacts"), QStringLiteral("merge_id, contact_id")},
    };
    return specs;
}

const TableSpec kCompanyStats{QStringLiteral("company_stats"), QStringLiteral("company_id")};

// The table's columns as the source has them, in order.
QStringList columnsOf(const Database &db, const QString &table)
{
    // Table names come from the fixed list above, never from input.
    QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" LIMIT 0"));
    db.exec(q);
    QStringList columns;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

// One value as text for comparing backends: SQLite and PostgreSQL hand back the same
// integers and texts, as different QVariant types.
QString comparable(const QVariant &value)
{
    return value.isNull() ? QStringLiteral("\u0001NULL") : value.toString();
}

QSqlQuery selectAll(const Database &db, const TableSpec &spec, const QStringList &columns)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                             QStringLiteral(" FROM ") + spec.name + QStringLiteral(" ORDER BY ") +
                             spec.orderBy);
    q.setForwardOnly(true);
    db.exec(q);
    return q;
}

qint64 copyTable(const Database &source, const Database &target, const TableSpec &spec,
                 const QStringList &columns, const DatabaseCopier::Progress &progress)
{
    const QString &table = spec.name;
    // Many rows per statement: a statement per row would cost a round trip to the server
    // each. SQLite takes up to 32,766 parameters in one statement.
    const int rowsPerStatement = std::max(1, std::min(500, 30000 / int(columns.size())));
    // Derived columns are left NULL, counted ones start at zero: neither is read.
    QStringList placeholders;
    QList<bool> bound;
    for (const QString &column : columns) {
        bound.append(!spec.derived.contains(column) && !spec.counted.contains(column));
        placeholders.append(bound.last()                    ? QStringLiteral("?")
                            : spec.derived.contains(column) ? QStringLiteral("NULL")
                                                            : QStringLiteral("0"));
    }
    const QString row =
        QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    const QString insert = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ");
    const auto statementFor = [&](int rows) -> QString {
        return insert + sql::repeatedRows(row, rows);
    };

    QSqlQuery rows = selectAll(source, spec, columns);
    QSqlQuery &full = target.statement(statementFor(rowsPerStatement));
    QVariantList pending;
    qint64 copied = 0;
    int inPending = 0;
    const auto write = [&](QSqlQuery &q) {
        for (int i = 0; i < pending.size(); ++i)
            q.bindValue(i, pending.at(i));
        target.exec(q);
        copied += inPending;
        pending.clear();
        inPending = 0;
        if (progress)
            progress(table, copied);
    };
    while (rows.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            if (bound.at(i))
                pending.append(rows.value(i));
        }
        if (++inPending == rowsPerStatement)
            write(full);
    }
    if (inPending > 0) {
        QSqlQuery rest = target.prepare(statementFor(inPending));
        write(rest);
    }
    return copied;
}

} // namespace

DatabaseCopier::DatabaseCopier(const Database &source, const Database &target)
    : m_source(source)
    , m_target(target)
{}

DatabaseCopier::Report DatabaseCopier::copy(const Progress &progress) const
{
    requireEmptyTarget();
    Transaction transaction(m_target);
    DeferredIndexes indexes(m_target);
    DeferredCounts counts(m_target);
    Report report;
    for (const TableSpec &spec : tables()) {
        QStringList columns = columnsOf(m_source, spec.name);
        for (const QString &dropped : spec.dropped)
            columns.removeAll(dropped);
        report.tables.append({spec.name, copyTable(m_source, m_target, spec, columns, progress)});
    }
    report.indexedContacts = rebuildSearchIndex(progress);
    counts.restore();
    qint64 built = 0;
    indexes.restore([&](const QString &) {
        if (progress)
            progress(QStringLiteral("indexes"), built++);
    });
    restartIdentities();
    QSqlQuery undo = m_source.prepare(
        QStringLiteral("SELECT count(*) FROM import_batches WHERE undone_at IS NULL"));
    m_source.exec(undo);
    report.importsWithoutUndo = undo.next() ? undo.value(0).toLongLong() : 0;
    verify(report);
    transaction.commit();
    // A server plans by statistics, and a bulk load leaves none until autovacuum comes round
    // (searches of two kana took 150 ms at p95 instead of a few ms before ANALYZE); nor has
    // it marked the pages all-visible, without which counting the overdue follow-ups of a
    // million contacts read every row from the table (658 ms instead of 25). VACUUM runs
    // outside a transaction, after the copy is safely committed.
    if (m_target.isServer()) {
        if (progress)
            progress(QStringLiteral("vacuum"), 0);
        m_target.execute(QStringLiteral("VACUUM (ANALYZE)"));
    }
    return report;
}

void DatabaseCopier::requireEmptyTarget() const
{
    for (const TableSpec &spec : tables()) {
        QSqlQuery q = m_target.prepare(QStringLiteral("SELECT count(*) FROM ") + spec.name);
        m_target.exec(q);
        if (q.next() && q.value(0).toLongLong() > 0)
            throw StorageError(StorageError::Kind::Conflict, m_target.path(),
                               tr("the target already holds data (%1); copy into an empty "
                                  "database so nothing there is mixed or overwritten")
                                   .arg(spec.name));
    }
}

qint64 DatabaseCopier::rebuildSearchIndex(const Progress &progress) const
{
    return SearchIndexRebuilder(m_target).rebuild([&](qint64 indexed) {
        if (progress)
            progress(QStringLiteral("contact_search"), indexed);
    });
}

// A server hands out ids from sequences that know nothing of the copied rows; they go on
// after the highest. SQLite's rowids do so by themselves.
void DatabaseCopier::restartIdentities() const
{
    if (!m_target.isServer())
        return;
    for (const TableSpec &spec : tables()) {
        if (spec.orderBy != QStringLiteral("id"))
            continue;
        QSqlQuery q =
            m_target.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                            "coalesce(max(id), 0) + 1, false) FROM ") +
                             spec.name);
        q.addBindValue(spec.name);
        m_target.exec(q);
    }
}

void DatabaseCopier::verify(const Report &report) const
{
    QList<TableSpec> checked = tables();
    checked.append(kCompanyStats);
    for (const TableSpec &spec : std::as_const(checked)) {
        QStringList columns = columnsOf(m_source, spec.name);
        for (const QString &dropped : spec.dropped)
            columns.removeAll(dropped);
        QSqlQuery source = selectAll(m_source, spec, columns);
        QSqlQuery target = selectAll(m_target, spec, columns);
        qint64 row = 0;
        while (true) {
            const bool more = source.next();
            if (more != target.next())
                throw StorageError(StorageError::Kind::Generic, m_target.path(),
                                   tr("the copy of %1 has a different number of rows than the "
                                      "source; nothing was copied")
                                       .arg(spec.name));
            if (!more)
                break;
            ++row;
            for (int i = 0; i < columns.size(); ++i) {
                if (comparable(source.value(i)) != comparable(target.value(i)))
                    throw StorageError(
                        StorageError::Kind::Generic, m_target.path(),
                        tr("the copy differs from the source in %1, row %2, column %3; "
                           "nothing was copied")
                            .arg(spec.name)
                            .arg(row)
                            .arg(columns.at(i)));
            }
        }
    }
    // The search index is each backend's own; it must hold every live contact once.
    QSqlQuery indexed = m_target.prepare(QStringLiteral("SELECT count(*) FROM contact_search"));
    m_target.exec(indexed);
    if (!indexed.next() || indexed.value(0).toLongLong() != report.indexedContacts)
        throw StorageError(StorageError::Kind::Generic, m_target.path(),
                           tr("the search index of the copy is incomplete; nothing was copied"));
}

} // namespace kizuna
