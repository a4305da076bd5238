#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace kizuna::test {

/// Runs the built kizuna-cli on a database of its own, as a script would.
class CliRunner final
{
public:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonDocument json() const;
    };

    CliRunner();
    QString databasePath() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    /// `kizuna-cli --db PATH --today 2026-11-24 ARGS...`
    Result run(const QStringList &arguments) const;
    /// The same without --db (for usage errors that must fail before opening anything).
    Result runBare(const QStringList &arguments) const;

private:
    QTemporaryDir m_dir;
};

/// Runs "a|b c|d" (the words split at '|', so words with spaces stay readable) and requires
/// exit 0, naming the command and its stderr when it fails.
CliRunner::Result runOk(const CliRunner &cli, const QString &line);

} // namespace kizuna::test
