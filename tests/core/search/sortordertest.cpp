#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "search/sortkey.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace kizuna;
using test::ContactBuilder;

namespace {

QStringList namesInOrder(ContactService &service)
{
    ContactListQuery query;
    query.limit = 1000;
    QStringList names;
    for (const Contact &c : service.page(query).contacts)
        names.append(c.familyName + c.givenName);
    return names;
}

Contact person(const char *family, const char *given, const char *familyKana, const char *givenKana)
{
    return ContactBuilder()
        .name(QString::fromUtf8(family), QString::fromUtf8(given))
        .kana(QString::fromUtf8(familyKana), QString::fromUtf8(givenKana));
}

QList<char32_t> withEveryHiragana(QList<char32_t> alphabet)
{
    for (char32_t c = 0x3041; c <= 0x3096; ++c)
        alphabet.append(c);
    return alphabet;
}

// Up to maxLength - 1 characters drawn from the alphabet.
QString randomString(QRandomGenerator &random, const QList<char32_t> &alphabet, int maxLength)
{
    QString key;
    const int length = random.bounded(maxLength);
    for (int i = 0; i < length; ++i) {
        const char32_t c = alphabet.at(random.bounded(alphabet.size()));
        key += QString::fromUcs4(&c, 1);
    }
    return key;
}

} // namespace

TEST_CASE("lists are in 50音順 by reading, family name first", "[search][sort]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    // Added in scrambled order on purpose.
    service.add(person("渡辺", "健", "わたなべ", "けん"));
    service.add(person("加賀", "大介", "かが", "だいすけ"));
    service.add(person("安藤", "優", "あんどう", "ゆう"));
    service.add(person("加藤", "一郎", "かとう", "いちろう"));
    service.add(person("加藤", "愛", "かとう", "あい"));
    service.add(person("木村", "拓也", "きむら", "たくや"));
    service.add(person("河合", "隼", "かわい", "しゅん"));
    service.add(person("蒲田", "亮", "がまた", "りょう"));
    const QStringList expected{QStringLiteral("安藤優"),   QStringLiteral("加賀大介"),
                               QStringLiteral("加藤愛"),   QStringLiteral("加藤一郎"),
                               QStringLiteral("蒲田亮"),   QStringLiteral("河合隼"),
                               QStringLiteral("木村拓也"), QStringLiteral("渡辺健")};
    // かが < かとう < がまた (= かまた at the primary level) < かわい < きむら.
    CHECK(namesInOrder(service) == expected);
}

TEST_CASE("a name without a reading sorts by the name itself", "[search][sort]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    service.add(person("Smith", "Jane", "", ""));
    service.add(person("安藤", "優", "あんどう", "ゆう"));
    service.add(person("Brown", "Ann", "", ""));
    service.add(person("謎野", "一", "", ""));
    const QStringList names = namesInOrder(service);
    CHECK(names == QStringList{QStringLiteral("BrownAnn"), QStringLiteral("SmithJane"),
                               QStringLiteral("安藤優"), QStringLiteral("謎野一")});
}

TEST_CASE("the search rowid digest never contradicts the sort key", "[search][sort]")
{
    const char *keys[] = {"",     "a",    "ab", "abc",  "abcd",   "abcde",
                          "abd",  "b",    "あ", "あい", "か\x01", "か\x01あ",
                          "かが", "かき", "が", "山",   "山田",   "\xF0\xA0\xAE\xB7"};
    for (const char *a : keys) {
        for (const char *b : keys) {
            const QString ka = QString::fromUtf8(a);
            const QString kb = QString::fromUtf8(b);
            CAPTURE(a, b);
            if (ka < kb)
                CHECK(SortKey::digest(ka) <= SortKey::digest(kb));
        }
    }
    CHECK(SortKey::contactIdOf(SortKey::searchRowid(QStringLiteral("やまだ"), 12345)) == 12345);
}

TEST_CASE("the digest keeps the order of random keys over every kana", "[search][sort]")
{
    const QList<char32_t> alphabet =
        withEveryHiragana({0x01, 0x02, u' ', u'0', u'7', u'a', u'm', u'z', 0x30FC, 0x4E00, 0x5C71,
                           0x7530, 0x9FFF, 0x20BB7});
    QRandomGenerator random(2026);
    const auto randomKey = [&] {
        return randomString(random, alphabet, 8);
    };
    for (int i = 0; i < 50000; ++i) {
        const QString a = randomKey();
        // Keys that share a start are where a digest can go wrong: make half of them so.
        const QString b = i % 2 ? randomKey() : a.left(random.bounded(a.size() + 1)) + randomKey();
        CAPTURE(a.toStdString(), b.toStdString());
        if (a < b)
            REQUIRE(SortKey::digest(a) <= SortKey::digest(b));
        else if (b < a)
            REQUIRE(SortKey::digest(b) <= SortKey::digest(a));
        REQUIRE(SortKey::digest(a) < (qint64(1) << (63 - SortKey::kIdBits)));
    }
}

TEST_CASE("people who share a family name do not share one digest", "[search][sort]")
{
    // The digest reaches into the given name, so paging through the 佐藤 of a large
    // database sorts small groups, not every 佐藤 at once.
    const QString taro = QString::fromUtf8("さとう\x01たろう");
    const QString hanako = QString::fromUtf8("さとう\x01はなこ");
    CHECK(SortKey::digest(taro) < SortKey::digest(hanako));
    CHECK(SortKey::digest(QString::fromUtf8("山田")) < SortKey::digest(QString::fromUtf8("田中")));
    // Four-kana family names reach the given name too, through the coarse sixth character.
    CHECK(SortKey::digest(QString::fromUtf8("さいとう\x01あい")) <
          SortKey::digest(QString::fromUtf8("さいとう\x01わたる")));
}

TEST_CASE("the keys of a digest are exactly the keys in its key range", "[search][sort]")
{
    // SQLite compares text by its UTF-8 bytes, which is code point order; QString's own
    // operator< compares UTF-16 units and puts U+FF00 after U+20BB7.
    const auto below = [](const QString &a, const QString &b) {
        return a.toUtf8() < b.toUtf8();
    };
    const auto inRange = [&](const QString &key, const SortKey::KeyRange &range) {
        return !below(key, range.from) && (!range.before || below(key, *range.before));
    };
    const QList<char32_t> alphabet = withEveryHiragana(
        {0x00,   0x01,   0x02,   u' ',   u'0',   u'7',   u'A',   u'a',   u'm',    u'z',    0x30A2,
         0x30FC, 0x4E00, 0x5C71, 0x7530, 0x9FFF, 0xE000, 0xFF21, 0xFFFD, 0x20BB7, 0x10FFFF});
    QRandomGenerator random(1205);
    const auto randomKey = [&] {
        return randomString(random, alphabet, 9);
    };
    QStringList keys{QString(),
                     QString::fromUtf8("きむら\x01けんた\x02きむら\x01けんた"),
                     QString::fromUtf8("さいとう\x01あい"),
                     QString::fromUtf8("さいとう\x01"),
                     QString::fromUtf8("さいとう"),
                     QString::fromUtf8("やまだ\x01")};
    for (int i = 0; i < 4000; ++i) {
        // Keys that share their first characters are the ones a range could cut wrongly.
        // Cut by code point: half a surrogate pair is no key.
        const QList<uint> start = keys.at(random.bounded(keys.size())).toUcs4();
        const QString head =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(start.constData()),
                              random.bounded(start.size() + 1));
        keys.append(i % 2 ? randomKey() : head + randomKey());
    }
    for (const QString &key : std::as_const(keys)) {
        const qint64 digest = SortKey::digest(key);
        const SortKey::KeyRange range = SortKey::keysOf(digest);
        CAPTURE(key.toUtf8().toHex().toStdString(), range.from.toUtf8().toHex().toStdString(),
                range.before.value_or(QString()).toUtf8().toHex().toStdString());
        REQUIRE(inRange(key, range));
    }
    // And nobody else's key falls in the range.
    for (int i = 0; i < 20000; ++i) {
        const QString &a = keys.at(random.bounded(keys.size()));
        const QString &b = keys.at(random.bounded(keys.size()));
        CAPTURE(a.toStdString(), b.toStdString());
        if (SortKey::digest(a) != SortKey::digest(b))
            REQUIRE_FALSE(inRange(b, SortKey::keysOf(SortKey::digest(a))));
    }
    const SortKey::KeyRange kimura = SortKey::keysOf(SortKey::digest(keys.at(1)));
    // 木村健太 shares a group with the other 木村 whose given name starts けん (or け and a
    // kana near ん), and no one else.
    CHECK(kimura.from.startsWith(QString::fromUtf8("きむら\x01け")));
    CHECK(kimura.from.size() == 6);
    REQUIRE(kimura.before);
    CHECK(kimura.before->startsWith(QString::fromUtf8("きむら\x01け")));
}
