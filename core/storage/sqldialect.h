#pragma once

#include <QString>

class QSqlQuery;

namespace kizuna {

class Database;

/// The few pieces of SQL that SQLite and PostgreSQL spell differently, for repositories that
/// otherwise write one statement for both. Everything else is written in the SQL both take
/// (ON CONFLICT … DO NOTHING, IS DISTINCT FROM, FILTER, NULLS FIRST, RETURNING).
namespace sqldialect {

/// A FROM item of the ids in one bound JSON array (sql::idArray), one per row in the column
/// `value`, under `alias`: json_each(?) in SQLite, json_array_elements_text(?) in PostgreSQL.
QString idsFrom(const Database &db, const QString &alias);
/// "(SELECT value FROM …)": the same ids as a subquery, for IN.
QString idsIn(const Database &db);
/// The values of `expression` in a group, joined by `separator` (an SQL expression).
QString joined(const Database &db, const QString &expression, const QString &separator);
/// The character U+001F as an SQL expression (the separator of a list in one value).
QString unitSeparator(const Database &db);
/// `table alias`, with SQLite's INDEXED BY `index` where its planner needs telling; the
/// server's planner chooses by statistics.
QString indexed(const Database &db, const QString &tableAndAlias, const QString &index);
/// The id an executed `INSERT … RETURNING id` gave back (0 if none), its statement finished so
/// a statement kept prepared does not stay open. Unlike lastInsertId() it is the id of this
/// row on both backends, costs no second round trip and no trigger's insert can change it.
qint64 insertedId(QSqlQuery &query);
/// U+10FFFF, the last character there is, as an SQL expression: a "none" that sorts after
/// every text.
QString lastCharacter(const Database &db);
/// The 1-based position of `needle` in `haystack` (SQL expressions), 0 when it is not there:
/// instr in SQLite, strpos in PostgreSQL.
QString position(const Database &db, const QString &haystack, const QString &needle);
/// A name read from the catalogue (an index, a trigger, a table) as a quoted identifier, the
/// same in both: a name cannot be a bound parameter.
QString identifier(const QString &name);

} // namespace sqldialect

} // namespace kizuna
