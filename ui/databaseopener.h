#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace kizuna {

class Database;

/// Opens the database the window works on. A damaged file is never overwritten: the user is
/// told what is wrong and offered its backups; a restore moves the damaged file aside and
/// opens the backup in its place. A server that refuses the password libpq found (or found
/// none) is asked again with the one the user types, until it takes one or the user cancels.
/// Failures are reported on stderr and, with a screen, in a message box.
///
/// One opener lives as long as the application: a password typed is kept in it, in memory
/// only, so that going back to the same server in this session does not ask again.
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    /// `mayAsk`: dialogs can be answered (a password, a backup to restore).
    explicit DatabaseOpener(bool mayAsk = interactive());

    /// The open database, or null when it cannot be opened or the user cancelled (the user
    /// was told why).
    std::unique_ptr<Database> open(const QString &path);
    /// Replaces the database at `path` (not open) with `backup`; false when it failed (the
    /// user was told why, and the file is as it was).
    static bool restore(const QString &path, const QString &backup);
    /// Shows an error: on stderr always, in a message box when there is a screen to click.
    static void reportFatal(const QString &message);
    /// True when dialogs can be answered (not the offscreen or minimal platform).
    static bool interactive();

private:
    /// The password to try again with, or nothing when the user cancelled.
    std::optional<QString> askPassword(const QString &path, bool refused) const;

    bool m_mayAsk;
    // By server address; never written anywhere.
    QHash<QString, QString> m_passwords;
};

} // namespace kizuna
