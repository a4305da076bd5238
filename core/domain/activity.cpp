#include "activity.h"

#include "enumkeys.h"

namespace kizuna {

namespace {
constexpr std::array<const char *, 2> kDirections{"outbound", "inbound"};
constexpr std::array<const char *, 8> kOutcomes{"none",           "reached",    "no_answer",
                                                "left_message",   "interested", "not_interested",
                                                "meeting_booked", "bounced"};
} // namespace

QString directionKey(Direction direction)
{
    return enumkeys::keyOf(kDirections, direction);
}

std::optional<Direction> directionFromKey(const QString &key)
{
    return enumkeys::fromKey<Direction>(kDirections, key);
}

QString outcomeKey(Outcome outcome)
{
    return enumkeys::keyOf(kOutcomes, outcome);
}

std::optional<Outcome> outcomeFromKey(const QString &key)
{
    return enumkeys::fromKey<Outcome>(kOutcomes, key);
}

QStringList outcomeKeys()
{
    return enumkeys::keyList(kOutcomes);
}

} // namespace kizuna
