#pragma once

#include <QStringList>

namespace kizuna {

/// The databases opened last, newest first, for File › Open Recent: files by their path and
/// servers by their address. An address never holds a password (ServerAddress refuses one),
/// and one that does not parse is not remembered, so none reaches the settings file.
class RecentDatabases final
{
public:
    /// How many are kept.
    static constexpr int kMost = 8;

    /// The remembered locations, newest first.
    static QStringList list();
    /// Puts `location` first, dropping its older place and what falls off the end.
    static void remember(const QString &location);
    /// Drops `location`, one that could not be opened any more.
    static void forget(const QString &location);
};

} // namespace kizuna
