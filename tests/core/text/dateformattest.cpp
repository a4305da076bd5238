#include "text/dateformat.h"

#include <catch2/catch.hpp>

using kizuna::DateFormat;

TEST_CASE("dates follow Japanese conventions in Japanese", "[text][date]")
{
    const QLocale japanese(QLocale::Japanese, QLocale::Japan);
    CHECK(DateFormat::longDate(QDate(2026, 4, 1), japanese) == QString::fromUtf8("2026年4月1日"));
    CHECK(DateFormat::shortDate(QDate(2026, 4, 1), japanese) == QStringLiteral("2026/04/01"));
    CHECK(DateFormat::longDate(QDate(), japanese).isEmpty());
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(DateFormat::longDate(QDate(2026, 4, 1), english).contains(QStringLiteral("April")));
}

TEST_CASE("a day heading names the weekday", "[text][date]")
{
    const QLocale japanese(QLocale::Japanese, QLocale::Japan);
    CHECK(DateFormat::dayHeading(QDate(2026, 12, 2), japanese) ==
          QString::fromUtf8("2026年12月2日(水)"));
    CHECK(DateFormat::dayHeading(QDate(2027, 1, 3), japanese) ==
          QString::fromUtf8("2027年1月3日(日)"));
    CHECK(DateFormat::dayHeading(QDate(), japanese).isEmpty());
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(
        DateFormat::dayHeading(QDate(2026, 12, 2), english).contains(QStringLiteral("Wednesday")));
}
