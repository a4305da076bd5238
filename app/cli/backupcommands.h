#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `backup now | list [--json] | auto | keep N | restore FILE`: online backups beside the database.
/// restore never opens the current file, so it also rescues a damaged one.
int runBackup(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
