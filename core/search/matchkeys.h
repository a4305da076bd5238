#pragma once

#include <QList>
#include <QString>

namespace kizuna {

struct Contact;

/// A value that identifies a person across files: two cards with the same key are taken
/// for the same person.
struct MatchKey
{
    enum class Kind
    {
        Email,
        Phone,
        Name,
    };
    Kind kind;
    QString key;

    static QString kindKey(Kind kind);
};

/// The keys duplicates are found by, strongest first: e-mail addresses (case folded), personal
/// phone numbers (mobile and direct, digits only, +81 as 0), then name and company together.
///
/// The main office number and the fax are left out on purpose: everyone at a firm shares
/// them, and matching on them would merge colleagues into one person.
class MatchKeys final
{
public:
    static QList<MatchKey> of(const Contact &contact);
    static QString email(const QString &email);
    static QString phone(const QString &phone);
    /// Empty unless both a family name and a company are known.
    static QString nameAndCompany(const QString &family, const QString &given,
                                  const QString &company);
};

} // namespace kizuna
