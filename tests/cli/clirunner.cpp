#include "clirunner.h"

#include <QProcess>

namespace kizuna::test {

QJsonDocument CliRunner::Result::json() const
{
    return QJsonDocument::fromJson(out.toUtf8());
}

CliRunner::CliRunner() = default;

CliRunner::Result CliRunner::run(const QStringList &arguments) const
{
    return runBare(QStringList{QStringLiteral("--db"), databasePath(), QStringLiteral("--today"),
                               QStringLiteral("2026-11-24")} +
                   arguments);
}

CliRunner::Result CliRunner::runBare(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(KIZUNA_CLI_PATH), arguments);
    process.waitForFinished(60000);
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace kizuna::test
