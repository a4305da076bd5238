#include "channellabel.h"

#include <QComboBox>
#include <QCoreApplication>

namespace kizuna {

QString ChannelLabel::text(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return QCoreApplication::translate("Channel", "Phone");
    case Channel::Email:
        return QCoreApplication::translate("Channel", "E-mail");
    case Channel::Visit:
        return QCoreApplication::translate("Channel", "Visit");
    case Channel::Letter:
        return QCoreApplication::translate("Channel", "Letter");
    case Channel::Social:
        return QCoreApplication::translate("Channel", "Social");
    case Channel::Event:
        return QCoreApplication::translate("Channel", "Event");
    case Channel::Other:
        return QCoreApplication::translate("Channel", "Other");
    }
    return channelKey(channel);
}

void ChannelLabel::fill(QComboBox &box, Channel current)
{
    for (const Channel channel : allChannels())
        box.addItem(text(channel), static_cast<int>(channel));
    box.setCurrentIndex(box.findData(static_cast<int>(current)));
}

} // namespace kizuna
