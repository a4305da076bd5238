#pragma once

#include <QCommandLineOption>
#include <QString>

class QCoreApplication;

namespace kizuna::bench {

/// The command line the benchmarks over a large generated database share:
/// --contacts N, --dir DIR, --repeats N and --server ADDRESS.
struct BenchOptions
{
    qint64 contacts = 0;
    int repeats = 0;
    QString dir;
    /// A server database to run the queries on instead of the generated file; empty for none.
    QString server;

    /// Parses the command line (exits on --help or an error) and creates the folder.
    static BenchOptions parse(const QCoreApplication &app, const QString &description,
                              const QString &repeatsHelp, int defaultRepeats);
    /// --server ADDRESS, for benchmarks that parse a command line of their own.
    static QCommandLineOption serverOption();
    /// DIR/STEM-N.sqlite.
    QString databasePath(const QString &stem) const;
};

} // namespace kizuna::bench
