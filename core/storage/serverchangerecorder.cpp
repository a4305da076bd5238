#include "serverchangerecorder.h"

#include "database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChangeRecorder", text);
}

// json_build_object writes the keys in the order given, so a changeset starts with this.
constexpr const char *kFormat = "kizuna-changes-1";
constexpr const char *kPrefix = R"({"format" : "kizuna-changes-1")";

// A digest of a whole row (`row` as jsonb, whose text is canonical): an inserted row is
// kept only as this, enough to tell whether it was changed since.
QString digest(const QString &row)
{
    return QStringLiteral("encode(sha256(convert_to(CAST(") + row +
           QStringLiteral(" AS TEXT), 'UTF8')), 'hex')");
}

// A recorded table as the catalog describes it, its names quoted for SQL.
struct Shape
{
    QString table;
    QStringList keys;
    QStringList others; ///< the columns outside the primary key

    /// "x.k1 = k.k1 AND …": a row `x` of the table that has the key of `k`.
    QString joined(const QString &x, const QString &k) const
    {
        QStringList conditions;
        for (const QString &key : keys)
            conditions.append(x + QLatin1Char('.') + key + QStringLiteral(" = ") + k +
                              QLatin1Char('.') + key);
        return conditions.join(QStringLiteral(" AND "));
    }

    /// The undo rows of this table with the key as a row `k` of it, for FROM or USING.
    QString undoRows() const
    {
        return QStringLiteral("pg_temp.kizuna_undo u CROSS JOIN LATERAL "
                              "jsonb_populate_record(CAST(NULL AS ") +
               table + QStringLiteral("), u.row_key) k");
    }
};

Shape shapeOf(const Database &db, const QString &table)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT quote_ident(a.attname), coalesce(a.attnum = ANY(i.indkey), false) "
        "FROM pg_attribute a LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary "
        "WHERE a.attrelid = CAST(CAST(? AS TEXT) AS regclass) AND a.attnum > 0 "
        "AND NOT a.attisdropped ORDER BY a.attnum"));
    q.addBindValue(table);
    db.exec(q);
    Shape shape{table, {}, {}};
    while (q.next())
        (q.value(1).toBool() ? shape.keys : shape.others).append(q.value(0).toString());
    if (shape.keys.isEmpty())
        throw StorageError(StorageError::Kind::Generic, db.path(),
                           tr("cannot record changes to %1").arg(table));
    return shape;
}

// Every statement below runs once per table of the batch, over all its rows at once.
qint64 count(const Database &db, const QString &sql, const QString &table)
{
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(table);
    db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void run(const Database &db, const QString &sql, const QString &table)
{
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(table);
    db.exec(q);
}

[[noreturn]] void conflict(const Database &db)
{
    throw StorageError(StorageError::Kind::Conflict, db.path(),
                       tr("contacts of this import were changed after it; undoing it would "
                          "overwrite those changes"));
}

// Deletes the rows the batch inserted and puts back the columns it updated, after checking
// that they still hold what the batch left there. SQLite's changeset_apply checks the same:
// an inserted row must be unchanged to go, an updated row unchanged in the columns the batch
// changed; a row that is gone already is left out. An undo row with no old value is an
// insert, with both values an update, with only the old one a delete.
void undoInsertsAndUpdates(const Database &db, const Shape &s)
{
    if (count(db,
              QStringLiteral("SELECT count(*) FROM ") + s.undoRows() + QStringLiteral(" JOIN ") +
                  s.table + QStringLiteral(" x ON ") +
                  s.joined(QStringLiteral("x"), QStringLiteral("k")) +
                  QStringLiteral(" WHERE u.t = ? AND ((u.old_row IS NULL AND ") +
                  digest(QStringLiteral("to_jsonb(x)")) +
                  QStringLiteral(" <> u.digest) OR (u.new_row IS NOT NULL AND EXISTS (SELECT 1 "
                                 "FROM jsonb_each(u.new_row) e "
                                 "WHERE e.value IS DISTINCT FROM to_jsonb(x) -> e.key)))"),
              s.table) > 0)
        conflict(db);
    run(db,
        QStringLiteral("DELETE FROM ") + s.table + QStringLiteral(" x USING ") + s.undoRows() +
            QStringLiteral(" WHERE u.t = ? AND u.old_row IS NULL AND ") +
            s.joined(QStringLiteral("x"), QStringLiteral("k")),
        s.table);
    if (s.others.isEmpty())
        return; // every column is the key: a changed row was logged as deleted and inserted
    QStringList restored;
    for (const QString &column : s.others)
        restored.append(QStringLiteral("r.") + column);
    // jsonb_populate_record over the current row changes only the columns in old_row.
    run(db,
        QStringLiteral("UPDATE ") + s.table + QStringLiteral(" x SET (") +
            s.others.join(QStringLiteral(", ")) + QStringLiteral(") = (SELECT ") +
            restored.join(QStringLiteral(", ")) +
            QStringLiteral(" FROM jsonb_populate_record(x, u.old_row) r) FROM ") + s.undoRows() +
            QStringLiteral(" WHERE u.t = ? AND u.old_row IS NOT NULL AND u.new_row IS NOT NULL "
                           "AND ") +
            s.joined(QStringLiteral("x"), QStringLiteral("k")),
        s.table);
}

// Puts back the rows the batch deleted, unless their key is taken again.
void undoDeletes(const Database &db, const Shape &s)
{
    if (count(db,
              QStringLiteral("SELECT count(*) FROM ") + s.undoRows() + QStringLiteral(" JOIN ") +
                  s.table + QStringLiteral(" x ON ") +
                  s.joined(QStringLiteral("x"), QStringLiteral("k")) +
                  QStringLiteral(" WHERE u.t = ? AND u.old_row IS NOT NULL AND u.new_row IS NULL"),
              s.table) > 0)
        conflict(db);
    run(db,
        QStringLiteral("INSERT INTO ") + s.table +
            QStringLiteral(" SELECT r.* FROM pg_temp.kizuna_undo u CROSS JOIN LATERAL "
                           "jsonb_populate_record(CAST(NULL AS ") +
            s.table +
            QStringLiteral("), u.old_row) r "
                           "WHERE u.t = ? AND u.old_row IS NOT NULL AND u.new_row IS NULL"),
        s.table);
}

void createTemporary(const Database &db, const QString &name, const QString &definition)
{
    // Asked first: CREATE … IF NOT EXISTS would send a notice every time.
    QSqlQuery q = db.prepare(QStringLiteral("SELECT to_regclass(CAST(? AS TEXT)) IS NULL"));
    q.addBindValue(QString(QStringLiteral("pg_temp.") + name));
    db.exec(q);
    if (q.next() && q.value(0).toBool())
        db.execute(QStringLiteral("CREATE TEMPORARY TABLE ") + name + definition);
}

} // namespace

ServerChangeRecorder::ServerChangeRecorder(const Database &db, const QStringList &tables)
    : m_db(db)
    , m_tables(tables)
{
    // Emptied at every commit, so the log of one transaction never reaches the next.
    createTemporary(m_db, QStringLiteral("kizuna_recorded_changes"),
                    QStringLiteral(" (table_name TEXT NOT NULL, row_key JSONB NOT NULL, "
                                   "old_row JSONB, PRIMARY KEY (table_name, row_key)) "
                                   "ON COMMIT DELETE ROWS"));
    m_db.execute(QStringLiteral("DELETE FROM pg_temp.kizuna_recorded_changes"));
    m_db.execute(QStringLiteral("SELECT set_config('kizuna.recording', 'on', true)"));
}

ServerChangeRecorder::~ServerChangeRecorder()
{
    // Usually the transaction has ended and taken the setting along; when it goes on, what it
    // does from now on is no part of the recording.
    try {
        m_db.execute(QStringLiteral("SELECT set_config('kizuna.recording', '', true)"));
    } catch (const StorageError &) {
        // A transaction that failed records nothing more either.
    }
}

QByteArray ServerChangeRecorder::changeset() const
{
    // Per row, the log holds its value before the batch and the table the one after; a row
    // that ends as it began is no change.
    QStringList rows;
    for (const QString &table : m_tables) {
        const Shape s = shapeOf(m_db, table);
        rows.append(QStringLiteral("SELECT l.table_name AS t, l.row_key, l.old_row, "
                                   "to_jsonb(x) AS cur FROM pg_temp.kizuna_recorded_changes l "
                                   "CROSS JOIN LATERAL jsonb_populate_record(CAST(NULL AS ") +
                    s.table + QStringLiteral("), l.row_key) k LEFT JOIN ") + s.table +
                    QStringLiteral(" x ON ") + s.joined(QStringLiteral("x"), QStringLiteral("k")) +
                    QStringLiteral(" WHERE l.table_name = ?"));
    }
    // Of an updated row, the key and the columns that differ; of a deleted one, all of it.
    const auto changed = [](const char *from, const char *other) {
        return QStringLiteral("CASE WHEN c.old_row IS NULL THEN NULL "
                              "WHEN c.cur IS NULL THEN c.%1 ELSE "
                              "(SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(c.%1) e "
                              "WHERE jsonb_exists(c.row_key, e.key) "
                              "OR e.value IS DISTINCT FROM c.%2 -> e.key) END")
            .arg(QLatin1String(from), QLatin1String(other));
    };
    // json, not jsonb: put together as text, it is made in half the time.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT CAST(json_build_object('format', CAST(? AS TEXT), 'changes', "
                       "coalesce(json_agg(json_build_object('t', c.t, 'key', c.row_key, "
                       "'old', ") +
        changed("old_row", "cur") + QStringLiteral(", 'new', ") + changed("cur", "old_row") +
        QStringLiteral(", 'digest', CASE WHEN c.old_row IS NULL THEN ") +
        digest(QStringLiteral("c.cur")) + QStringLiteral(" END)), '[]')) AS TEXT) FROM (") +
        rows.join(QStringLiteral(" UNION ALL ")) +
        QStringLiteral(") c WHERE c.old_row IS DISTINCT FROM c.cur"));
    q.addBindValue(QLatin1String(kFormat));
    for (const QString &table : m_tables)
        q.addBindValue(table);
    m_db.exec(q);
    return q.next() ? q.value(0).toString().toUtf8() : QByteArray();
}

bool ServerChangeRecorder::made(const QByteArray &changeset)
{
    return changeset.startsWith(kPrefix);
}

QList<qint64> ServerChangeRecorder::rowIds(const QByteArray &changeset, const QString &table)
{
    QList<qint64> ids;
    const QJsonArray changes =
        QJsonDocument::fromJson(changeset).object().value(QLatin1String("changes")).toArray();
    for (const QJsonValue &change : changes) {
        const QJsonObject c = change.toObject();
        if (c.value(QLatin1String("t")).toString() == table)
            ids.append(
                c.value(QLatin1String("key")).toObject().value(QLatin1String("id")).toInteger());
    }
    return ids;
}

void ServerChangeRecorder::revert(const Database &db, const QByteArray &changeset,
                                  const QStringList &tables)
{
    if (!made(changeset))
        throw StorageError(StorageError::Kind::Corrupt, db.path(),
                           tr("the undo data of this import is damaged"));
    createTemporary(db, QStringLiteral("kizuna_undo"),
                    QStringLiteral(" (t TEXT NOT NULL, row_key JSONB NOT NULL, old_row JSONB, "
                                   "new_row JSONB, digest TEXT) ON COMMIT DELETE ROWS"));
    db.execute(QStringLiteral("DELETE FROM pg_temp.kizuna_undo"));
    QSqlQuery load = db.prepare(
        QStringLiteral("INSERT INTO pg_temp.kizuna_undo (t, row_key, old_row, new_row, digest) "
                       "SELECT c.t, c.key, c.old, c.new, c.digest "
                       "FROM jsonb_to_recordset(CAST(? AS JSONB) -> 'changes') "
                       "AS c(t TEXT, key JSONB, old JSONB, new JSONB, digest TEXT)"));
    load.addBindValue(QString::fromUtf8(changeset));
    db.exec(load);

    QList<Shape> shapes;
    for (const QString &table : tables)
        shapes.append(shapeOf(db, table));
    // Children first, so that a restored reference no longer points at a row about to go;
    // rows put back go in the other way, parents before the rows that refer to them.
    for (const Shape &s : std::as_const(shapes))
        undoInsertsAndUpdates(db, s);
    for (auto s = shapes.crbegin(); s != shapes.crend(); ++s)
        undoDeletes(db, *s);
    db.execute(QStringLiteral("DELETE FROM pg_temp.kizuna_undo"));
}

} // namespace kizuna
