#pragma once

#include "storage/contactlistquery.h"

#include "commandline.h"
#include "domain/contact.h"

namespace kizuna::cli {

/// The options of `contacts add` and `contacts edit` that set a contact's fields.
QStringList contactFieldOptions();

/// Sets the fields named on the command line and leaves the others as they are, so `edit`
/// changes only what was typed. `--tag` (repeatable) replaces the tags. Throws UsageError
/// for a malformed date or stage.
void applyContactOptions(const CommandLine &line, Contact &contact);

/// Parses YYYY-MM-DD (also with slashes); throws UsageError naming the option.
QDate parseDateOption(const QString &option, const QString &text);

/// The list filters every listing command takes: --stage, --tag, --source, --trash.
ContactListQuery listQueryFrom(const CommandLine &line);

/// `--ids 3,1,2` (also given more than once): the contacts a command is limited to, as the
/// GUI's selection limits it; unset when absent. Throws UsageError for anything but a list
/// of positive numbers.
std::optional<QList<qint64>> idsFrom(const CommandLine &line);

} // namespace kizuna::cli
