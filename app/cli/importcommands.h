#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `import FILE [--preset NAME|auto] [--encoding NAME|auto] [--on-duplicate merge|skip|create]
/// [--dry-run] [--reject-file PATH] [--json]`; NAME is a built-in or a saved preset.
int runImport(CliContext &context, const QStringList &arguments);

/// `imports list [--json]`, `imports undo BATCH_ID`
int runImports(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
