#pragma once

#include "domain/contact.h"

#include <QList>
#include <QString>

namespace kizuna {

/// A field whose stored value an import replaced.
struct FieldChange
{
    QString field; ///< column name, as in the CLI's JSON ("title", "phone_mobile")
    QString oldValue;
    QString newValue;
};

struct MergeResult
{
    Contact contact;
    QList<FieldChange> replaced; ///< conflicts: kept in the contact's history
    bool changed = false;
};

/// Folds a newer card into a stored contact: empty fields are filled, tags are joined, and
/// where both have a different value the card's wins (people change titles and numbers)
/// while the stored value is reported so it can be kept in the contact's history. The stage,
/// the readings the user confirmed and the trash state are never touched by a card.
class ContactMerger final
{
public:
    static MergeResult merge(const Contact &stored, const Contact &card);
};

} // namespace kizuna
