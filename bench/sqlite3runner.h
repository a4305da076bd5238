#pragma once

#include <QByteArray>
#include <QStringList>

namespace kizuna::bench {

/// Runs the sqlite3 shell with these arguments and standard input, for the baselines beside
/// Kizuna's own figures; returns the wall-clock seconds. A failure is reported on stderr.
double timedSqlite3(const QStringList &arguments, const QByteArray &input = {});

} // namespace kizuna::bench
