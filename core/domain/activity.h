#pragma once

#include "channel.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kizuna {

/// Who reached out: we did, or they did. Their reaching out is the strongest sign of interest.
enum class Direction
{
    Outbound = 0,
    Inbound,
};

/// How a touch ended. `Bounced` (an e-mail came back) means the details are out of date.
enum class Outcome
{
    None = 0,
    Reached,
    NoAnswer,
    LeftMessage,
    Interested,
    NotInterested,
    MeetingBooked,
    Bounced,
};

/// "outbound", "inbound".
QString directionKey(Direction direction);
std::optional<Direction> directionFromKey(const QString &key);
/// "none", "reached", "no_answer", "left_message", "interested", "not_interested",
/// "meeting_booked", "bounced".
QString outcomeKey(Outcome outcome);
std::optional<Outcome> outcomeFromKey(const QString &key);
QStringList outcomeKeys();

/// One touch with a person: a call, a mail, a visit, a meeting at an event.
struct Activity
{
    qint64 id = 0;
    qint64 contactId = 0;
    QDateTime occurredAt; ///< local time as the user lived it
    Channel channel = Channel::Phone;
    Direction direction = Direction::Outbound;
    QString summary;
    Outcome outcome = Outcome::None;
};

} // namespace kizuna
