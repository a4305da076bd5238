#pragma once

#include "commandline.h"
#include "domain/activity.h"
#include "domain/channel.h"
#include "domain/followup.h"
#include "domain/ownerfilter.h"
#include "domain/stage.h"

#include <QDate>
#include <QTime>

#include <optional>

namespace kizuna::cli {

// Parsers for the nurturing commands' option values; each throws UsageError naming the
// option and the values it takes.

Stage parseStage(const QString &text);
Channel parseChannel(const QString &text);
Direction parseDirection(const QString &text);
Outcome parseOutcome(const QString &text);
FollowUpStatus parseFollowUpStatus(const QString &text);
/// HH:MM.
QTime parseTimeOption(const QString &option, const QString &text);
/// A positive whole number.
int parseCount(const QString &option, const QString &text);
/// --contact ID as an id, 0 when absent.
qint64 contactOption(const CommandLine &line);

/// The value option (--owner USER) and flags (--mine, --everyone) choosing whose follow-ups
/// and leads a list shows.
QString ownerOption();
QStringList ownerFlags();
/// Whose: one user with --owner, everyone's with --everyone, else `me`'s and unassigned.
OwnerFilter ownerFilterFrom(const CommandLine &line, const QString &me);

} // namespace kizuna::cli
