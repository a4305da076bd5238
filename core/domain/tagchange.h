#pragma once

#include <QList>
#include <QString>

namespace kizuna {

/// What putting a tag on many contacts, or taking it off them, changed: exactly what its
/// undo takes back (ContactService::undoTagChange), so a contact that carried the tag
/// before an add, or lacked it before a removal, is left as it was.
struct TagChange
{
    enum class Kind
    {
        Added,
        Removed,
    };

    Kind kind = Kind::Added;
    qint64 tagId = 0;
    QString tag; ///< the tag's name as stored
    /// The contacts that gained (Added) or lost (Removed) the tag.
    QList<qint64> contactIds;
    /// Added only: the tag was new, so undo deletes it again when nobody carries it then
    /// (it would otherwise linger in the tag filter).
    bool tagCreated = false;

    bool isEmpty() const { return contactIds.isEmpty(); }
};

} // namespace kizuna
