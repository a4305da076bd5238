#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `report followups --from D --to D --pdf OUT` (the call sheet) and
/// `report contact ID --pdf OUT` (one person's profile); `--lang ja|en` (default ja).
/// Prints the number of pages written.
int runReport(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
