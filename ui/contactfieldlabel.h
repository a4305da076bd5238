#pragma once

#include "import/contactfield.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

namespace kizuna {

/// The translated name of what a column of an imported file can hold, for the column picker.
class ContactFieldLabel final
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::ContactFieldLabel)

public:
    static QString text(ContactField field);
    /// Every field in the order the picker lists them: "do not import" first, then as a card
    /// reads (names, company, contact details, the rest).
    static QList<ContactField> pickerOrder();
};

} // namespace kizuna
