#pragma once

#include <QLocale>
#include <QString>

namespace kizuna {

struct Contact;

/// Which part of a person's name is written first.
enum class NameOrder
{
    FamilyFirst, ///< 山田 太郎: Japanese, Chinese, Korean, Hungarian conventions
    GivenFirst,  ///< Taro Yamada
};

/// The order a locale writes names in (Japanese: family first).
NameOrder nameOrderFor(const QLocale &locale);

/// "山田 太郎" or "Taro Yamada": the two parts joined by one space, never a comma; a missing
/// part is left out without a stray space.
QString displayName(const QString &familyName, const QString &givenName, NameOrder order);
QString displayName(const Contact &contact, NameOrder order);

/// The reading in the same order, for example "やまだ たろう".
QString displayReading(const Contact &contact, NameOrder order);

} // namespace kizuna
