#pragma once

#include <QString>

class QCoreApplication;

namespace kizuna::bench {

/// The command line the benchmarks over a large generated database share:
/// --contacts N, --dir DIR and --repeats N.
struct BenchOptions
{
    qint64 contacts = 0;
    int repeats = 0;
    QString dir;

    /// Parses the command line (exits on --help or an error) and creates the folder.
    static BenchOptions parse(const QCoreApplication &app, const QString &description,
                              const QString &repeatsHelp, int defaultRepeats);
    /// DIR/STEM-N.sqlite.
    QString databasePath(const QString &stem) const;
};

} // namespace kizuna::bench
