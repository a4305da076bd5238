#include "domain/personname.h"
#include "domain/contact.h"

#include <catch2/catch.hpp>

using namespace kizuna;

TEST_CASE("display names follow the locale's name order", "[domain]")
{
    Contact c;
    c.familyName = QStringLiteral("山田");
    c.givenName = QStringLiteral("太郎");
    c.familyKana = QStringLiteral("やまだ");
    c.givenKana = QStringLiteral("たろう");

    CHECK(nameOrderFor(QLocale(QLocale::Japanese)) == NameOrder::FamilyFirst);
    CHECK(nameOrderFor(QLocale(QLocale::English)) == NameOrder::GivenFirst);
    CHECK(displayName(c, NameOrder::FamilyFirst) == QStringLiteral("山田 太郎"));
    CHECK(displayName(c, NameOrder::GivenFirst) == QStringLiteral("太郎 山田"));
    CHECK(displayReading(c, NameOrder::FamilyFirst) == QStringLiteral("やまだ たろう"));

    SECTION("a missing part leaves no stray space or comma")
    {
        CHECK(displayName(QStringLiteral(" Doe "), QString(), NameOrder::GivenFirst) ==
              QStringLiteral("Doe"));
        CHECK(displayName(QString(), QStringLiteral("Jane"), NameOrder::FamilyFirst) ==
              QStringLiteral("Jane"));
    }
}
