#pragma once

#include <QString>

namespace kizuna {

/// How a database is named to the user in the window's title and the Open Recent menu: a
/// file by its path in the platform's separators, a server as user@host/database (with the
/// port when it is not PostgreSQL's 5432), short enough to read at a glance.
QString databaseLabel(const QString &location);

} // namespace kizuna
