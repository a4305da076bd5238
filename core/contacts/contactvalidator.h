#pragma once

#include "domain/contact.h"

namespace kizuna {

/// The rules a stored contact keeps. Works on normalised values (ContactNormalizer) and
/// throws ValidationError naming the first field that breaks a rule.
class ContactValidator final
{
public:
    static void validate(const Contact &contact);

    static bool isValidEmail(const QString &email);
    /// Digits with the usual separators (+ - ( ) space .), optionally an extension
    /// ("内線 123", "ext. 12"); at least 3 digits.
    static bool isValidPhone(const QString &phone);
    static bool isValidPostalCode(const QString &postalCode);
};

} // namespace kizuna
