#pragma once

#include "domain/contact.h"

#include <functional>

namespace kizuna::test {

/// Another program's edit of a contact, on its own connection to the database file: what a
/// concurrent change looks like to the window under test.
void editElsewhere(const QString &databasePath, qint64 contactId,
                   const std::function<void(Contact &)> &change);

} // namespace kizuna::test
