#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `stage set ID... STAGE [--note T] [--on D]`, `stage history ID`.
int runStage(CliContext &context, const QStringList &arguments);
/// `activities add CONTACT_ID [...]`, `activities list [--contact ID]`.
int runActivities(CliContext &context, const QStringList &arguments);
/// `score show ID`, `score recompute`.
int runScore(CliContext &context, const QStringList &arguments);
/// `deals add CONTACT_ID --title T --amount N`, `deals win|lose ID`, `deals list`.
int runDeals(CliContext &context, const QStringList &arguments);
/// `settings list`, `settings set KEY VALUE`.
int runSettings(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
