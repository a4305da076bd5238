#pragma once

#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// `contacts add|list|show|edit|delete|restore|erase|confirm-reading`.
int runContacts(CliContext &context, const QStringList &arguments);
/// `search QUERY`: contacts matching as the search field of the app would show them.
int runSearch(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
