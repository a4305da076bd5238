#pragma once

#include <QStringList>

namespace kizuna {

class Database;

/// The users a database knows: those who own live leads or have open follow-ups, for the
/// choices of "whose" (agenda, call sheet, funnel, owner fields).
/// Users are the server's login roles (or desktop logins on a file): Kizuna keeps no user
/// table of its own, so nobody has a second password to forget.
class UserRepository final
{
public:
    explicit UserRepository(const Database &db);

    /// Every such user, and the current user, sorted; never an empty name.
    QStringList known() const;

private:
    const Database &m_db;
};

} // namespace kizuna
