#include "deferredindexes.h"

#include "database.h"
#include "sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace kizuna {

namespace {

// The statements come from the database's own catalogue: the schema's migrations stay the
// one place that defines an index, and a later one is restored as it stands.
QString secondaryIndexesSql(const Database &db)
{
    if (db.isServer())
        return QStringLiteral(
            "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT i.indisunique AND NOT i.indisprimary "
            "ORDER BY c.relname");
    // Indexes SQLite makes for itself (a UNIQUE column, FTS5's tables) have no statement.
    return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                          "sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name");
}

} // namespace

DeferredIndexes::DeferredIndexes(const Database &db)
    : m_db(db)
{
    QSqlQuery q = m_db.prepare(secondaryIndexesSql(m_db));
    m_db.exec(q);
    while (q.next())
        m_indexes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &index : std::as_const(m_indexes))
        m_db.execute(QStringLiteral("DROP INDEX ") + sqldialect::identifier(index.first));
}

void DeferredIndexes::restore(const std::function<void(const QString &name)> &onIndex)
{
    for (const auto &[name, definition] : std::as_const(m_indexes)) {
        if (onIndex)
            onIndex(name);
        m_db.execute(definition);
    }
    m_indexes.clear();
}

} // namespace kizuna
