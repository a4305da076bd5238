#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `tags list|rename OLD NEW|delete NAME|add CONTACT_ID NAME|remove CONTACT_ID NAME`.
int runTags(CliContext &context, const QStringList &arguments);
/// `sources add NAME --kind KIND [--cost N] [--from D --to D] [--notes T]|list|show|edit|delete`.
int runSources(CliContext &context, const QStringList &arguments);
/// users [--json]: who owns leads or has open follow-ups, the current user marked.
int runUsers(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
