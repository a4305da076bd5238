#include "startupprobe.h"

#include "io/processmemory.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace kizuna {

StartupProbe::StartupProbe()
    : m_enabled(qEnvironmentVariableIsSet(kVariable))
{
    m_sinceMain.start();
}

void StartupProbe::watch(QWidget *window)
{
    if (m_enabled && !m_reported)
        window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        watched->removeEventFilter(this);
        // The window's own paint comes first in a flush that paints its children too; the
        // zero timer runs once that flush, and with it the first visible table, is done.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return false;
}

void StartupProbe::report() const
{
    std::fprintf(stderr, "kizuna-startup: painted_ms=%lld resident_kib=%lld\n",
                 static_cast<long long>(m_sinceMain.elapsed()),
                 static_cast<long long>(ProcessMemory::residentKiB()));
    std::fflush(stderr);
}

} // namespace kizuna
