#include "personname.h"

#include "contact.h"

namespace kizuna {

NameOrder nameOrderFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Japanese:
    case QLocale::Chinese:
    case QLocale::Korean:
    case QLocale::Hungarian:
    case QLocale::Vietnamese:
        return NameOrder::FamilyFirst;
    default:
        return NameOrder::GivenFirst;
    }
}

QString displayName(const QString &familyName, const QString &givenName, NameOrder order)
{
    const QString family = familyName.trimmed();
    const QString given = givenName.trimmed();
    if (family.isEmpty())
        return given;
    if (given.isEmpty())
        return family;
    return order == NameOrder::FamilyFirst ? family + QLatin1Char(' ') + given
                                           : given + QLatin1Char(' ') + family;
}

QString displayName(const Contact &contact, NameOrder order)
{
    return displayName(contact.familyName, contact.givenName, order);
}

QString displayReading(const Contact &contact, NameOrder order)
{
    return displayName(contact.familyKana, contact.givenKana, order);
}

} // namespace kizuna
