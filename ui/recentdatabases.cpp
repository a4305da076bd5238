#include "recentdatabases.h"

#include "storage/serveraddress.h"

#include <QSettings>

namespace kizuna {

namespace {

const QString kKey = QStringLiteral("recentDatabases");

void store(const QStringList &locations)
{
    QSettings().setValue(kKey, locations);
}

} // namespace

QStringList RecentDatabases::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentDatabases::remember(const QString &location)
{
    if (location.isEmpty())
        return;
    if (ServerAddress::isServer(location) && !ServerAddress::parse(location, nullptr))
        return;
    QStringList locations = list();
    locations.removeAll(location);
    locations.prepend(location);
    store(locations.mid(0, kMost));
}

void RecentDatabases::forget(const QString &location)
{
    QStringList locations = list();
    if (locations.removeAll(location) > 0)
        store(locations);
}

} // namespace kizuna
