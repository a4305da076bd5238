#pragma once

#include "domain/funnel.h"

#include <QStringList>

namespace kizuna::cli {

class CliContext;
class CommandLine;

/// The options that choose a funnel's leads (--from, --to, --source, --tag), shared by
/// `funnel` and `report funnel`.
QStringList funnelFilterOptions();
/// Reads them; throws UsageError for a bad date or a period that ends before it starts.
FunnelFilter funnelFilterFrom(const CommandLine &line);

/// `funnel [--from D] [--to D] [--source S] [--tag T]`: stages reached, conversion, median
/// days, losses, sources and monthly cohorts of the leads that entered in the period.
int runFunnel(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
