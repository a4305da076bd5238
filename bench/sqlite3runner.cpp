#include "sqlite3runner.h"

#include <QElapsedTimer>
#include <QProcess>

#include <cstdio>

namespace kizuna::bench {

double timedSqlite3(const QStringList &arguments, const QByteArray &input)
{
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), arguments);
    sqlite.write(input);
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    if (sqlite.exitStatus() != QProcess::NormalExit || sqlite.exitCode() != 0)
        std::fprintf(stderr, "sqlite3: %s\n", sqlite.readAllStandardError().constData());
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

} // namespace kizuna::bench
