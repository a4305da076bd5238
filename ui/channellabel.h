#pragma once

#include "domain/channel.h"

#include <QString>

class QComboBox;

namespace kizuna {

/// How a channel is named in the windows (translation context "Channel"): in lists and in
/// the dialog that logs a touch.
class ChannelLabel final
{
public:
    static QString text(Channel channel);
    /// Fills a combo with every channel (the channel as item data), `current` chosen.
    static void fill(QComboBox &box, Channel current);
};

} // namespace kizuna
