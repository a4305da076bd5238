#include "dateformat.h"

namespace kizuna {

QString DateFormat::longDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    if (locale.language() == QLocale::Japanese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return locale.toString(date, QLocale::LongFormat);
}

QString DateFormat::shortDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    if (locale.language() == QLocale::Japanese)
        return date.toString(QStringLiteral("yyyy/MM/dd"));
    return locale.toString(date, QLocale::ShortFormat);
}

QString DateFormat::dayHeading(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    if (locale.language() == QLocale::Japanese)
        return longDate(date, locale) + QLatin1Char('(') +
               locale.dayName(date.dayOfWeek(), QLocale::NarrowFormat) + QLatin1Char(')');
    // Qt's long forms of other languages already name the day.
    return locale.toString(date, QLocale::LongFormat);
}

} // namespace kizuna
