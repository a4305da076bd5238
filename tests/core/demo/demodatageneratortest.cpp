#include "demo/demodatagenerator.h"
#include "contacts/contactservice.h"
#include "testdatabase.h"
#include "text/textnormalizer.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace kizuna;

namespace {
const QDate kToday(2026, 11, 24);
} // namespace

TEST_CASE("demo cards depend only on seed and index, not on call order", "[demo]")
{
    const DemoDataGenerator a(7, kToday);
    const DemoDataGenerator b(7, kToday);
    const Contact late = a.contact(999);
    const Contact early = a.contact(3);
    CHECK(b.contact(3).email == early.email);
    CHECK(b.contact(3).phoneWork == early.phoneWork);
    CHECK(b.contact(999).familyName == late.familyName);
    CHECK(b.contact(999).address == late.address);
    const DemoDataGenerator other(8, kToday);
    int differing = 0;
    for (int i = 0; i < 50; ++i)
        differing += other.contact(i).phoneWork != a.contact(i).phoneWork ? 1 : 0;
    CHECK(differing > 45);
}

TEST_CASE("demo cards look like a real drawer of business cards", "[demo]")
{
    const DemoDataGenerator generator(1, kToday);
    QStringList sourceNames;
    for (const Source &source : generator.sources())
        sourceNames.append(source.name);
    REQUIRE(sourceNames.size() >= 6);

    constexpr int kCards = 2000;
    int withReading = 0;
    int withSource = 0;
    QSet<Stage> stages;
    QSet<QString> names;
    QSet<QString> companies;
    for (int i = 0; i < kCards; ++i) {
        const Contact c = generator.contact(i);
        CAPTURE(i, c.familyName.toStdString(), c.email.toStdString());
        REQUIRE(TextNormalizer::containsKanji(c.familyName + c.givenName + c.company) == true);
        CHECK(c.familyKana.isEmpty() == c.givenKana.isEmpty());
        if (!c.familyKana.isEmpty()) {
            ++withReading;
            CHECK(TextNormalizer::isKanaOnly(c.familyKana));
            CHECK(TextNormalizer::isKanaOnly(c.givenKana));
            CHECK(TextNormalizer::toHiragana(c.familyKana) == c.familyKana);
        }
        CHECK(c.email.contains(QStringLiteral(".example.jp")));
        CHECK(c.email == c.email.toLower());
        CHECK(c.phoneWork.count(QLatin1Char('-')) == 2);
        CHECK(TextNormalizer::digits(c.phoneWork).size() == 10);
        CHECK(c.postalCode.size() == 8);
        CHECK(c.cardExchangedOn <= kToday);
        CHECK(c.cardExchangedOn > kToday.addYears(-2).addDays(-1));
        CHECK(c.tags.size() == QSet<QString>(c.tags.begin(), c.tags.end()).size());
        if (!c.source.isEmpty()) {
            ++withSource;
            CHECK(sourceNames.contains(c.source));
        }
        stages.insert(c.stage);
        names.insert(c.familyName + c.givenName);
        companies.insert(c.company);
    }
    // About 85% carry readings; the rest are left to the reading guesser.
    CHECK(withReading > kCards * 80 / 100);
    CHECK(withReading < kCards * 90 / 100);
    CHECK(withSource > kCards * 85 / 100);
    CHECK(stages.size() == allStages().size());
    CHECK(names.size() > 800);
    CHECK(companies.size() > 300);
}

TEST_CASE("demo sources carry kinds, costs and dates around today", "[demo]")
{
    const QList<Source> sources = DemoDataGenerator(1, kToday).sources();
    QSet<SourceKind> kinds;
    for (const Source &s : sources) {
        kinds.insert(s.kind);
        CHECK(s.cost >= 0);
        CHECK((!s.startedOn.isValid() || s.startedOn <= kToday));
        CHECK((!s.endedOn.isValid() || s.endedOn >= s.startedOn));
    }
    CHECK(kinds.contains(SourceKind::TradeShow));
    CHECK(kinds.contains(SourceKind::Referral));
    CHECK(sources.first().name.endsWith(QStringLiteral("2026")));
}

TEST_CASE("demo cards pass validation and are stored as generated", "[demo]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const DemoDataGenerator generator(1, kToday);
    QList<Contact> cards;
    for (int i = 0; i < 300; ++i)
        cards.append(generator.contact(i));
    const QList<qint64> ids = service.addAll(cards);
    REQUIRE(ids.size() == 300);
    CHECK(service.count({}) == 300);
    const Contact stored = service.get(ids.at(42));
    CHECK(stored.email == cards.at(42).email);
    CHECK(stored.company == cards.at(42).company);
    CHECK(stored.tags.size() == cards.at(42).tags.size());
}
