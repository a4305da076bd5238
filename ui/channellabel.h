#pragma once

#include "domain/channel.h"

#include <QString>

namespace kizuna {

/// How a channel is named in the windows (translation context "Channel"): in lists and in
/// the dialog that logs a touch.
class ChannelLabel final
{
public:
    static QString text(Channel channel);
};

} // namespace kizuna
