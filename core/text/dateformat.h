#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace kizuna {

/// Dates as people write them: 2026年11月24日 in Japanese, the locale's long form elsewhere.
/// Shared by the UI and the printed reports so both say the same thing.
class DateFormat final
{
public:
    static QString longDate(const QDate &date, const QLocale &locale);
    /// 2026/11/24 in Japanese, the locale's short form elsewhere: for tables.
    static QString shortDate(const QDate &date, const QLocale &locale);
    /// 2026年12月2日(水) in Japanese, the locale's long form with the weekday elsewhere: the
    /// heading of a day on printed sheets, where the weekday is what people plan by.
    static QString dayHeading(const QDate &date, const QLocale &locale);
};

} // namespace kizuna
