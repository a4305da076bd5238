#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `presets list [--json]`,
/// `presets save NAME --from FILE [--base PRESET|auto] [--map HEADER=FIELD]... [--encoding E]`,
/// `presets show NAME [--from FILE] [--encoding E] [--json]`, `presets delete NAME`.
int runPresets(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
