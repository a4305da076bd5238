#pragma once

#include "domain/authorship.h"

#include <QString>

class QSqlQuery;

namespace kizuna {

class Database;

/// The authorship columns (created_by, changed_by, row_version) of contacts, follow-ups and
/// deals, read and checked the same way for all three.
namespace rowversion {

/// "a.created_by, a.changed_by, a.row_version" for the table alias `alias`.
QString columns(const QString &alias);
/// The three columns read from `q` starting at column `first`.
Authorship from(const QSqlQuery &q, int first);

/// After "UPDATE table SET …, changed_by = ?, row_version = row_version + 1 … WHERE id = ?
/// AND row_version = ?" changed no row: throws NotFound when the row is gone, and Conflict,
/// naming who saved it meanwhile, when it moved past the version the caller read. `what`
/// names the record for the message ("follow-up 12").
[[noreturn]] void failSave(const Database &db, const QString &table, qint64 id,
                           const QString &what);

} // namespace rowversion
} // namespace kizuna
