#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kizuna {

/// How a touch happens or a follow-up is to be made.
enum class Channel
{
    Phone = 0,
    Email,
    Visit,
    Letter,
    Social,
    Event,
    Other,
};

QList<Channel> allChannels();
/// "phone", "email", "visit", "letter", "social", "event", "other".
QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(const QString &key);

} // namespace kizuna
