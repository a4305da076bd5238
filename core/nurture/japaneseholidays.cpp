#include "japaneseholidays.h"

#include <cmath>

namespace kizuna {

namespace {

// The n-th Monday of a month (Happy Monday system).
QDate nthMonday(int year, int month, int n)
{
    QDate day(year, month, 1);
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(1);
    return day.addDays(7 * (n - 1));
}

// Days of the equinoxes: the usual approximation of the National Astronomical Observatory's
// figures, exact for 1980–2099.
int equinoxDay(int year, double base)
{
    const int y = year - 1980;
    return static_cast<int>(std::floor(base + 0.242194 * y - std::floor(y / 4.0)));
}

void addNamedHolidays(QMap<QDate, QString> &days, int year)
{
    const auto add = [&days](const QDate &date, const char *name) {
        days.insert(date, QString::fromUtf8(name));
    };
    add(QDate(year, 1, 1), "元日");
    add(nthMonday(year, 1, 2), "成人の日");
    add(QDate(year, 2, 11), "建国記念の日");
    if (year >= 2020)
        add(QDate(year, 2, 23), "天皇誕生日");
    add(JapaneseHolidays::vernalEquinox(year), "春分の日");
    add(QDate(year, 4, 29), year >= 2007 ? "昭和の日" : "みどりの日");
    add(QDate(year, 5, 3), "憲法記念日");
    if (year >= 2007)
        add(QDate(year, 5, 4), "みどりの日");
    add(QDate(year, 5, 5), "こどもの日");
    // The Olympic special measures law moved three holidays in 2020 and again in 2021.
    if (year == 2020) {
        add(QDate(2020, 7, 23), "海の日");
        add(QDate(2020, 7, 24), "スポーツの日");
        add(QDate(2020, 8, 10), "山の日");
    } else if (year == 2021) {
        add(QDate(2021, 7, 22), "海の日");
        add(QDate(2021, 7, 23), "スポーツの日");
        add(QDate(2021, 8, 8), "山の日");
    } else {
        add(year >= 2003 ? nthMonday(year, 7, 3) : QDate(year, 7, 20), "海の日");
        if (year >= 2016)
            add(QDate(year, 8, 11), "山の日");
        add(nthMonday(year, 10, 2), year >= 2020 ? "スポーツの日" : "体育の日");
    }
    add(year >= 2003 ? nthMonday(year, 9, 3) : QDate(year, 9, 15), "敬老の日");
    add(JapaneseHolidays::autumnalEquinox(year), "秋分の日");
    add(QDate(year, 11, 3), "文化の日");
    add(QDate(year, 11, 23), "勤労感謝の日");
    if (year <= 2018)
        add(QDate(year, 12, 23), "天皇誕生日");
    if (year == 2019) {
        add(QDate(2019, 5, 1), "即位の日");
        add(QDate(2019, 10, 22), "即位礼正殿の儀の行われる日");
    }
}

} // namespace

QDate JapaneseHolidays::vernalEquinox(int year)
{
    return QDate(year, 3, equinoxDay(year, 20.8431));
}

QDate JapaneseHolidays::autumnalEquinox(int year)
{
    return QDate(year, 9, equinoxDay(year, 23.2488));
}

QMap<QDate, QString> JapaneseHolidays::forYear(int year)
{
    QMap<QDate, QString> days;
    addNamedHolidays(days, year);
    const QMap<QDate, QString> named = days;
    // 国民の休日: a day that is not a holiday itself, between two holidays.
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        const QDate between = it.key().addDays(1);
        if (!named.contains(between) && named.contains(between.addDays(1)) &&
            between.dayOfWeek() != Qt::Sunday)
            days.insert(between, QStringLiteral("国民の休日"));
    }
    // 振替休日: a holiday on a Sunday makes the next day that is not a holiday one.
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        if (it.key().dayOfWeek() != Qt::Sunday)
            continue;
        QDate next = it.key().addDays(1);
        while (days.contains(next))
            next = next.addDays(1);
        if (next.year() == year)
            days.insert(next, QStringLiteral("振替休日"));
    }
    return days;
}

bool JapaneseHolidays::isHoliday(const QDate &date)
{
    return !name(date).isEmpty();
}

QString JapaneseHolidays::name(const QDate &date)
{
    if (!date.isValid())
        return {};
    return forYear(date.year()).value(date);
}

} // namespace kizuna
