#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `followups add|done|skip|snooze|reschedule|list|bulk|plan`.
int runFollowUps(CliContext &context, const QStringList &arguments);
/// `agenda today|overdue|week|range|dropped|review|sales-ready`.
int runAgenda(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
