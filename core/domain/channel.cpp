#include "channel.h"

#include "enumkeys.h"

namespace kizuna {

namespace {
constexpr std::array<const char *, 7> kKeys{"phone",  "email", "visit", "letter",
                                            "social", "event", "other"};
}

QList<Channel> allChannels()
{
    return enumkeys::all<Channel>(kKeys);
}

QString channelKey(Channel channel)
{
    return enumkeys::keyOf(kKeys, channel);
}

std::optional<Channel> channelFromKey(const QString &key)
{
    return enumkeys::fromKey<Channel>(kKeys, key);
}

} // namespace kizuna
