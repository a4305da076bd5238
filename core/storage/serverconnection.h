#pragma once

#include "storageerror.h"

#include <QString>

#include <functional>

class QSqlDatabase;
class QSqlError;

namespace kizuna {

class ServerAddress;

/// What a Database needs to know about PostgreSQL that SQLite does not have: connecting to a
/// server, telling its failures apart for a user, and the few server-side facts (who else
/// changed something, how to stop a statement) that SQLite answers through its C API.
namespace serverconnection {

/// Opens `db` (a QPSQL connection) to `address`. An empty `password` leaves it to libpq
/// (PGPASSWORD, ~/.pgpass). Throws StorageError naming `shownAs` and what went wrong.
void open(QSqlDatabase &db, const ServerAddress &address, const QString &password,
          const QString &shownAs);

/// The kind of a failure the server reported (by SQLSTATE, or the words of a failed connect).
StorageError::Kind kindOf(const QSqlError &error);
/// The words a user can act on for a failure of that kind.
QString reasonFor(StorageError::Kind kind, const QSqlError &error);

/// Something that cancels the statement running on `db` from any thread (PQcancel).
std::function<void()> canceller(const QSqlDatabase &db);

} // namespace serverconnection

} // namespace kizuna
