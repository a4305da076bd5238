#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `companies list [--search T] [--sort KEY] [--desc] [--limit N] [--offset N]`,
/// `companies show ID`, `companies merge KEEP_ID ABSORBED_ID` and
/// `companies undo-merge [MERGE_ID]`; the reads take --json.
int runCompanies(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
