#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace kizuna {

class Database;

/// Opens the database the window works on. A damaged file is never overwritten: the user is
/// told what is wrong and offered its backups; a restore moves the damaged file aside and
/// opens the backup in its place. Failures are reported on stderr and, with a screen, in a
/// message box.
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    /// The open database, or null when it cannot be opened (the user was told why).
    static std::unique_ptr<Database> open(const QString &path);
    /// Replaces the database at `path` (not open) with `backup`; false when it failed (the
    /// user was told why, and the file is as it was).
    static bool restore(const QString &path, const QString &backup);
    /// Shows an error: on stderr always, in a message box when there is a screen to click.
    static void reportFatal(const QString &message);
    /// True when dialogs can be answered (not the offscreen or minimal platform).
    static bool interactive();
};

} // namespace kizuna
