#include "nurture/japaneseholidays.h"
#include "nurture/workingcalendar.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace kizuna;

TEST_CASE("the holidays of 2026 are computed, substitute and citizens' holidays included",
          "[nurture][holidays]")
{
    const QMap<QDate, QString> days = JapaneseHolidays::forYear(2026);
    const QList<QDate> expected{
        {2026, 1, 1},  {2026, 1, 12}, {2026, 2, 11}, {2026, 2, 23},  {2026, 3, 20}, {2026, 4, 29},
        {2026, 5, 3},  {2026, 5, 4},  {2026, 5, 5},  {2026, 5, 6},   {2026, 7, 20}, {2026, 8, 11},
        {2026, 9, 21}, {2026, 9, 22}, {2026, 9, 23}, {2026, 10, 12}, {2026, 11, 3}, {2026, 11, 23}};
    CHECK(days.keys() == expected);
    // 3 May is a Sunday: the next day that is not a holiday, the 6th, is off instead.
    CHECK(days.value(QDate(2026, 5, 6)) == QStringLiteral("振替休日"));
    // 21 September (敬老の日) and 23 September (秋分の日) enclose the 22nd.
    CHECK(days.value(QDate(2026, 9, 22)) == QStringLiteral("国民の休日"));
    CHECK(JapaneseHolidays::name(QDate(2026, 11, 23)) == QStringLiteral("勤労感謝の日"));
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(2026, 11, 24)));
}

TEST_CASE("substitute holidays, equinoxes and the moved Olympic holidays in other years",
          "[nurture][holidays]")
{
    // 23 November 2025 was a Sunday.
    CHECK(JapaneseHolidays::name(QDate(2025, 11, 24)) == QStringLiteral("振替休日"));
    CHECK(JapaneseHolidays::vernalEquinox(2025) == QDate(2025, 3, 20));
    CHECK(JapaneseHolidays::autumnalEquinox(2024) == QDate(2024, 9, 22));
    CHECK(JapaneseHolidays::autumnalEquinox(2027) == QDate(2027, 9, 23));
    CHECK(JapaneseHolidays::name(QDate(2020, 7, 24)) == QStringLiteral("スポーツの日"));
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(2020, 10, 12)));
    CHECK(JapaneseHolidays::name(QDate(2019, 5, 1)) == QStringLiteral("即位の日"));
    // 30 April and 2 May 2019 lay between holidays.
    CHECK(JapaneseHolidays::name(QDate(2019, 4, 30)) == QStringLiteral("国民の休日"));
    CHECK(JapaneseHolidays::name(QDate(2019, 5, 2)) == QStringLiteral("国民の休日"));
    CHECK(JapaneseHolidays::name(QDate(2018, 12, 23)) == QStringLiteral("天皇誕生日"));
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(2026, 12, 23)));
    // Every year has 16 named holidays at least, whichever rules apply.
    for (int year = 2000; year <= 2099; ++year) {
        CAPTURE(year);
        CHECK(JapaneseHolidays::forYear(year).size() >= 15);
    }
}

TEST_CASE("working days skip weekends and holidays as set", "[nurture][holidays]")
{
    const WorkingCalendar office(true, true);
    // Golden Week 2026: Saturday 2 May to Wednesday 6 May are all off.
    CHECK(office.onOrAfter(QDate(2026, 5, 2)) == QDate(2026, 5, 7));
    CHECK(office.onOrAfter(QDate(2026, 11, 24)) == QDate(2026, 11, 24));
    CHECK(office.onOrAfter(QDate(2026, 11, 28)) == QDate(2026, 11, 30));

    const WorkingCalendar weekdays(true, false);
    CHECK(weekdays.onOrAfter(QDate(2026, 5, 2)) == QDate(2026, 5, 4));

    const WorkingCalendar everyDay(false, false);
    CHECK(everyDay.onOrAfter(QDate(2026, 5, 3)) == QDate(2026, 5, 3));
}
