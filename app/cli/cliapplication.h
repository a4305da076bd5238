#pragma once

#include <QStringList>
#include <QTextStream>

namespace kizuna {
class StorageError;
}

namespace kizuna::cli {

/// kizuna-cli: `kizuna-cli [--db PATH] [--today YYYY-MM-DD] COMMAND ...`.
///
/// Exit status: 0 on success, 1 on bad input (the reason on stderr), 2 on usage errors.
class CliApplication final
{
public:
    CliApplication(QTextStream &out, QTextStream &err);

    /// Runs one command line (without the program name) and returns the exit status.
    int run(const QStringList &arguments);

    static QString usage();

    /// True for the commands that lay out text (the printed reports): they need the font
    /// database of a QGuiApplication, which the others should not pay for.
    static bool needsGui(const QStringList &arguments);

private:
    /// The command word, after the global options; empty when there is none.
    static QString commandOf(const QStringList &arguments);
    /// After a damaged file: names the latest backup and the command that restores it.
    void offerBackup(const StorageError &error, const QString &databasePath);
    int dispatch(class CliContext &context, const QString &command, const QStringList &rest);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace kizuna::cli
