#pragma once

#include "domain/contact.h"

#include <QStringList>

namespace kizuna {

/// What saving an edit over the contact as it is stored now gives.
struct EditMerge
{
    Contact contact;       ///< the stored contact with the user's changes applied
    QStringList conflicts; ///< fields both the user and someone else changed, differently
};

/// Applies a user's edit of a contact to what is stored now, field by field: the fields the
/// user changed (edited differs from base, the contact as the editor read it) take the
/// user's value, every other field keeps the stored one. So an edit of the title in one
/// window and of the e-mail in another program, saved in any order, both survive; only a
/// field the two changed to different values is a conflict, which the caller must show
/// rather than overwrite. Tags merge as sets: the user's additions and removals apply to the
/// stored tags.
class ContactEditMerger final
{
public:
    static EditMerge merge(const Contact &base, const Contact &edited, const Contact &stored);
    /// Copies the field named `key` (as EditMerge::conflicts names it) from `from` to `to`:
    /// settling a conflict for one value.
    static void takeField(const QString &key, const Contact &from, Contact &to);
};

} // namespace kizuna
