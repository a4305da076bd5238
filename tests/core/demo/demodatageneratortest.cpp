#include "demo/demodatagenerator.h"
#include "contacts/contactservice.h"
#include "qtcatch.h"
#include "testdatabase.h"
#include "text/kanaromanizer.h"
#include "text/textnormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace kizuna;

namespace {
const QDate kToday(2026, 11, 24);

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Every field a card carries, so that "the same card" means the same in every detail.
QStringList fieldsOf(const Contact &c)
{
    return {c.familyName,
            c.givenName,
            c.familyKana,
            c.givenKana,
            c.company,
            c.department,
            c.title,
            c.email,
            c.email2,
            c.phoneWork,
            c.phoneDirect,
            c.phoneMobile,
            c.fax,
            c.postalCode,
            c.address,
            c.url,
            c.notes,
            c.source,
            stageKey(c.stage),
            c.tags.join(QLatin1Char('|')),
            c.cardExchangedOn.toString(Qt::ISODate)};
}

QHash<QString, Source> sourcesByName(const DemoDataGenerator &generator)
{
    QHash<QString, Source> byName;
    for (const Source &source : generator.sources())
        byName.insert(source.name, source);
    return byName;
}
} // namespace

TEST_CASE("demo cards depend only on seed and index, not on call order", "[demo]")
{
    const DemoDataGenerator a(7, kToday);
    const DemoDataGenerator b(7, kToday);
    QList<QStringList> forward;
    for (int i = 0; i < 200; ++i)
        forward.append(fieldsOf(a.contact(i)));
    for (int i = 199; i >= 0; --i) {
        CAPTURE(i);
        CHECK(fieldsOf(b.contact(i)) == forward.at(i));
    }
    // A large index far from the others, asked for before and after them.
    const QStringList far = fieldsOf(b.contact(999999));
    CHECK(fieldsOf(a.contact(999999)) == far);

    const DemoDataGenerator other(8, kToday);
    int differing = 0;
    for (int i = 0; i < 50; ++i)
        differing += other.contact(i).phoneWork != a.contact(i).phoneWork ? 1 : 0;
    CHECK(differing > 45);
    int repeated = 0;
    for (int i = 1; i < 200; ++i)
        repeated += forward.at(i) == forward.at(i - 1) ? 1 : 0;
    CHECK(repeated == 0);
}

TEST_CASE("demo cards look like a real drawer of business cards", "[demo]")
{
    const DemoDataGenerator generator(1, kToday);
    const QHash<QString, Source> sources = sourcesByName(generator);
    REQUIRE(sources.size() >= 6);
    static const QRegularExpression landline(QStringLiteral(R"(^0\d{1,3}-[1-9]\d{2,3}-\d{4}$)"));
    static const QRegularExpression mobile(QStringLiteral(R"(^0[789]0-[1-9]\d{3}-\d{4}$)"));
    static const QRegularExpression postalCode(QStringLiteral(R"(^\d{3}-\d{4}$)"));
    static const QRegularExpression prefecture(QString::fromUtf8("^.{2,3}[都道府県]"));
    const QStringList executives{s("代表取締役"), s("代表取締役社長"), s("取締役"), s("常務取締役"),
                                 s("専務取締役")};

    constexpr int kCards = 2000;
    int withReading = 0;
    int withSource = 0;
    int oldForms = 0;
    QHash<Stage, int> stages;
    QSet<QString> names;
    QSet<QString> companies;
    for (int i = 0; i < kCards; ++i) {
        const Contact c = generator.contact(i);
        CAPTURE(i, c.familyName, c.email, c.source, c.tags);
        REQUIRE(TextNormalizer::containsKanji(c.familyName + c.givenName + c.company) == true);
        CHECK(c.familyKana.isEmpty() == c.givenKana.isEmpty());
        if (!c.familyKana.isEmpty()) {
            ++withReading;
            CHECK(TextNormalizer::isKanaOnly(c.familyKana));
            CHECK(TextNormalizer::isKanaOnly(c.givenKana));
            CHECK(TextNormalizer::toHiragana(c.familyKana + c.givenKana) ==
                  c.familyKana + c.givenKana);
            // The address is the romanised reading, as people choose their own.
            CHECK(c.email.contains(KanaRomanizer::hepburn(c.familyKana) + QLatin1Char('@')));
        }
        if (TextNormalizer::foldOldForms(c.familyName) != c.familyName)
            ++oldForms;
        CHECK(c.email.endsWith(QStringLiteral(".example.jp")));
        CHECK(c.email == c.email.toLower());
        CHECK(landline.match(c.phoneWork).hasMatch());
        CHECK(TextNormalizer::digits(c.phoneWork).size() == 10);
        CHECK((c.phoneDirect.isEmpty() || landline.match(c.phoneDirect).hasMatch()));
        CHECK((c.fax.isEmpty() || landline.match(c.fax).hasMatch()));
        CHECK((c.phoneMobile.isEmpty() || mobile.match(c.phoneMobile).hasMatch()));
        CHECK(postalCode.match(c.postalCode).hasMatch());
        CHECK(prefecture.match(c.address).hasMatch());
        CHECK(c.cardExchangedOn <= kToday);
        CHECK(c.cardExchangedOn > kToday.addYears(-2));
        CHECK(c.tags.size() <= 3);
        CHECK(c.tags.size() == QSet<QString>(c.tags.begin(), c.tags.end()).size());
        if (executives.contains(c.title))
            CHECK(c.department.isEmpty());
        if (c.stage == Stage::Loyal)
            CHECK(c.cardExchangedOn.daysTo(kToday) >= 365);
        if (c.tags.contains(s("既存取引先")))
            CHECK((c.stage == Stage::Customer || c.stage == Stage::Loyal));

        const auto source = sources.constFind(c.source);
        if (!c.source.isEmpty()) {
            ++withSource;
            REQUIRE(source != sources.cend());
            // A card from a show or a seminar was exchanged there; campaign cards come later.
            if (source->startedOn.isValid())
                CHECK(c.cardExchangedOn >= source->startedOn);
            if (source->kind == SourceKind::TradeShow || source->kind == SourceKind::Seminar)
                CHECK(c.cardExchangedOn <= source->endedOn);
        }
        const auto channelOnly = [&](const char *tag, SourceKind kind) {
            if (c.tags.contains(s(tag)))
                CHECK((source != sources.cend() && source->kind == kind));
        };
        channelOnly("展示会", SourceKind::TradeShow);
        channelOnly("紹介", SourceKind::Referral);
        channelOnly("セミナー参加", SourceKind::Seminar);

        ++stages[c.stage];
        names.insert(c.familyName + c.givenName);
        companies.insert(c.company);
    }
    // About 85% carry readings; the rest are left to the reading guesser.
    CHECK(withReading > kCards * 80 / 100);
    CHECK(withReading < kCards * 90 / 100);
    CHECK(withSource > kCards * 85 / 100);
    CHECK(withSource < kCards * 95 / 100);
    // Old character forms are rare, as on real cards, but they do turn up.
    CHECK(oldForms > 0);
    CHECK(oldForms < kCards * 5 / 100);
    // A pipeline narrows: many cold leads, fewer warm, fewer hot; every stage is there.
    for (Stage stage : allStages()) {
        CAPTURE(stageKey(stage));
        CHECK(stages.value(stage) > 0);
    }
    CHECK(stages.value(Stage::Cold) > kCards * 35 / 100);
    CHECK(stages.value(Stage::Cold) > stages.value(Stage::Warm));
    CHECK(stages.value(Stage::Warm) > stages.value(Stage::Hot));
    CHECK(stages.value(Stage::Lost) < kCards * 15 / 100);
    CHECK(names.size() > 800);
    CHECK(companies.size() > 300);
}

TEST_CASE("an old character form keeps the reading of the common form", "[demo]")
{
    const DemoDataGenerator generator(1, kToday);
    QHash<QString, QString> readingOf;
    QList<Contact> oldForms;
    for (int i = 0; i < 5000; ++i) {
        const Contact c = generator.contact(i);
        if (c.familyKana.isEmpty())
            continue;
        if (TextNormalizer::foldOldForms(c.familyName) != c.familyName)
            oldForms.append(c);
        else
            readingOf.insert(c.familyName, c.familyKana);
    }
    REQUIRE(oldForms.size() > 3);
    for (const Contact &c : std::as_const(oldForms)) {
        const QString common = TextNormalizer::foldOldForms(c.familyName);
        CAPTURE(c.familyName, common);
        REQUIRE(readingOf.contains(common));
        CHECK(readingOf.value(common) == c.familyKana);
    }
}

TEST_CASE("demo sources carry kinds, costs and dates around today", "[demo]")
{
    const QList<Source> sources = DemoDataGenerator(1, kToday).sources();
    CHECK(sources.size() == 8);
    QSet<SourceKind> kinds;
    QSet<QString> names;
    for (const Source &s : sources) {
        CAPTURE(s.name);
        kinds.insert(s.kind);
        names.insert(s.name);
        CHECK(s.cost >= 0);
        CHECK(s.currency == QStringLiteral("JPY"));
        CHECK((!s.startedOn.isValid() || s.startedOn <= kToday));
        CHECK((!s.endedOn.isValid() || s.endedOn >= s.startedOn));
    }
    CHECK(names.size() == sources.size());
    for (SourceKind kind : {SourceKind::TradeShow, SourceKind::Referral, SourceKind::Web,
                            SourceKind::Seminar, SourceKind::Advertisement, SourceKind::ColdCall})
        CHECK(kinds.contains(kind));
    CHECK(sources.first().name == s("FOOD展2026"));
    // The names and dates follow "today", so a demo made next year names next year's show.
    const QList<Source> later = DemoDataGenerator(1, QDate(2027, 6, 1)).sources();
    CHECK(later.at(1).name.endsWith(QStringLiteral("2027")));
    CHECK(later.first().startedOn == QDate(2027, 6, 1).addDays(-75));
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
    for (int i : {0, 42, 299}) {
        CAPTURE(i);
        Contact stored = service.get(ids.at(i));
        // Storage keeps tags in its own order; the set is what matters.
        stored.tags.sort();
        Contact generated = cards.at(i);
        generated.tags.sort();
        CHECK(fieldsOf(stored) == fieldsOf(generated));
    }
}
