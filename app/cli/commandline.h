#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace kizuna::cli {

/// Thrown for a malformed command line; the CLI prints it with the usage and exits 2.
struct UsageError
{
    QString message;
    /// False where the usage text would bury the one thing to do (a missing --yes).
    bool showUsage = true;
};

/// The arguments of one command: `--name value`, `--name=value`, repeatable options, flags
/// and positional words. Options are declared up front so a typo is a usage error rather
/// than a silently ignored word.
class CommandLine final
{
public:
    /// `valued` options take a value; `flags` take none. Throws UsageError.
    CommandLine(const QStringList &arguments, const QStringList &valued, const QStringList &flags);

    bool isSet(const QString &name) const;
    /// The last value given for an option; `fallback` when absent.
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const;
    QStringList positionals() const { return m_positionals; }
    /// The i-th positional word; throws UsageError naming `what` when it is missing.
    QString positional(int index, const QString &what) const;
    /// The i-th positional as a positive id; throws UsageError.
    qint64 id(int index, const QString &what) const;
    /// Throws UsageError unless there are exactly `count` positional words.
    void expectPositionals(int count) const;

private:
    QHash<QString, QStringList> m_values;
    QStringList m_flags;
    QStringList m_positionals;
};

} // namespace kizuna::cli
