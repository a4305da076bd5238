#pragma once

#include "domain/contact.h"

#include <QList>
#include <QStringList>

namespace kizuna::cli {

class CliContext;

/// Prints contacts a line each (id, name, reading, company, stage), or as a JSON array.
void printContactList(CliContext &context, const QList<Contact> &contacts, bool json);
/// `contacts add|list|show|timeline|edit|delete|restore|erase|confirm|confirm-reading`.
int runContacts(CliContext &context, const QStringList &arguments);
/// `search QUERY`: contacts matching as the search field of the app would show them.
int runSearch(CliContext &context, const QStringList &arguments);

} // namespace kizuna::cli
