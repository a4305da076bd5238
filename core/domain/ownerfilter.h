#pragma once

#include <QString>

namespace kizuna {

/// Whose leads and follow-ups a list shows: everyone's, one user's, or "mine", which is the
/// user's own and those nobody looks after yet (so an unassigned lead is never out of every
/// list). A follow-up's owner is its assignee; a lead's is Contact::owner.
struct OwnerFilter
{
    enum class Kind
    {
        Everyone,
        Mine,
        User,
    };

    Kind kind = Kind::Everyone;
    QString user; ///< the user for Mine (oneself) and User

    static OwnerFilter everyone() { return {}; }
    static OwnerFilter mine(const QString &me) { return {Kind::Mine, me}; }
    static OwnerFilter of(const QString &user) { return {Kind::User, user}; }

    bool operator==(const OwnerFilter &) const = default;
};

} // namespace kizuna
