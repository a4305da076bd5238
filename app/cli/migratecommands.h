#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `migrate-to-server ADDRESS`: copies the --db file into an empty server database.
int runMigrateToServer(CliContext &context, const QStringList &arguments);
/// `migrate-to-file FILE`: copies the --db server database into a new file.
int runMigrateToFile(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
