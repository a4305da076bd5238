#pragma once

#include <QMap>
#include <QStringList>

namespace kizuna {
class Database;
}

namespace kizuna::test {

/// Every row of every table, keyed by table, each table's rows sorted; the search index by
/// its documents only (FTS5 lays out its shadow tables as it pleases). Two equal results mean
/// the database holds the very same rows, rowids included.
QMap<QString, QStringList> databaseContents(Database &db);

} // namespace kizuna::test
