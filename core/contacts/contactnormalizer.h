#pragma once

#include "domain/contact.h"

namespace kizuna {

/// Tidies a contact's values on the way in, from the keyboard or a file: trimmed, white space
/// collapsed, full-width digits, letters and hyphens in phones, postal codes and e-mails made
/// half-width, readings stored as hiragana, Japanese postal codes written NNN-NNNN.
/// Names are kept as written (an old form such as 髙 is part of a person's name).
class ContactNormalizer final
{
public:
    static Contact normalized(Contact contact);

    static QString phone(const QString &value);
    static QString postalCode(const QString &value);
    static QString email(const QString &value);
    static QString reading(const QString &value);
};

} // namespace kizuna
