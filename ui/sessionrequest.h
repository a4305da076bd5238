#pragma once

#include <QString>

namespace kizuna {

/// What the user asked for when the main window closed: quit, or go on with another
/// database file or with the current one restored from a backup. The database must be
/// closed for the last two, so the window closes and the application's main loop does it.
struct SessionRequest
{
    enum class Kind
    {
        Quit,
        Open,    ///< open (or create) the database at `path`
        Restore, ///< replace the database at `path` with `backup`, then open it
    };
    Kind kind = Kind::Quit;
    QString path;
    QString backup;
};

} // namespace kizuna
