#pragma once

#include <QtGlobal>

namespace kizuna {

/// This process's memory as Linux reports it in /proc/self/status, for the startup report
/// and the benchmarks' memory targets.
class ProcessMemory final
{
public:
    /// Resident now (VmRSS), in KiB; -1 where /proc cannot tell.
    static qint64 residentKiB();
    /// The peak resident size (VmHWM) in KiB; -1 where /proc cannot tell.
    static qint64 peakResidentKiB();

private:
    static qint64 field(const char *name);
};

} // namespace kizuna
