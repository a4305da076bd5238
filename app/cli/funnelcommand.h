#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `funnel [--from D] [--to D] [--source S] [--tag T]`: stages reached, conversion, median
/// days, losses, sources and monthly cohorts of the leads that entered in the period.
int runFunnel(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
