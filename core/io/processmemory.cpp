#include "io/processmemory.h"

#include <QFile>

namespace kizuna {

qint64 ProcessMemory::residentKiB()
{
    return field("VmRSS:");
}

qint64 ProcessMemory::peakResidentKiB()
{
    return field("VmHWM:");
}

qint64 ProcessMemory::field(const char *name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key(name);
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine())
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').constFirst().toLongLong();
    return -1;
}

} // namespace kizuna
