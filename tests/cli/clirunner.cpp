#include "clirunner.h"

#include <QProcess>

#include <catch2/catch.hpp>

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

CliRunner::Result runOk(const CliRunner &cli, const QString &line)
{
    const CliRunner::Result result = cli.run(line.split(QLatin1Char('|')));
    INFO(line.toStdString() + " -> " + result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result;
}

} // namespace kizuna::test
