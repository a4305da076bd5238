#include "databaselabel.h"

#include "storage/serveraddress.h"

#include <QDir>

namespace kizuna {

QString databaseLabel(const QString &location)
{
    if (!ServerAddress::isServer(location))
        return QDir::toNativeSeparators(location);
    const std::optional<ServerAddress> address = ServerAddress::parse(location, nullptr);
    if (!address)
        return location;
    const QString host = address->port() == 5432 ? address->host()
                                                 : address->host() + QLatin1Char(':') +
                                                       QString::number(address->port());
    return address->user() + QLatin1Char('@') + host + QLatin1Char('/') + address->databaseName();
}

} // namespace kizuna
