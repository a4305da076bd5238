#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `duplicates find [--json]`, `duplicates merge KEEP_ID OTHER_ID`
int runDuplicates(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
