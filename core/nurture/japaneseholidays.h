#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace kizuna {

/// Japan's public holidays (国民の祝日), computed from the rules of the Holidays Act rather
/// than read from a list of years: fixed days, Happy Monday days, the equinoxes by the
/// astronomical approximation valid for 1980–2099, substitute holidays (振替休日) and
/// citizens' holidays (国民の休日). The special dates of 2019 (the enthronement) and of the
/// Olympic years 2020 and 2021 follow the laws that moved them. Exact from 2000 to 2099.
class JapaneseHolidays final
{
public:
    /// Every holiday of the year with its Japanese name, in date order.
    static QMap<QDate, QString> forYear(int year);
    static bool isHoliday(const QDate &date);
    /// The holiday's name, empty when the day is not one.
    static QString name(const QDate &date);

    /// The day of the spring (春分) and autumn (秋分) equinox in Japan standard time.
    static QDate vernalEquinox(int year);
    static QDate autumnalEquinox(int year);
};

} // namespace kizuna
