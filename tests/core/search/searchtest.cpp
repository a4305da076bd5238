#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "searchresults.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;
using test::idsFound;

TEST_CASE("search finds a person by name, reading, romaji, company, phone, email, notes and tags",
          "[search]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    Contact taro = ContactBuilder()
                       .company(QStringLiteral("株式会社ひかり電子"))
                       .email(QStringLiteral("taro.yamada@hikari.example.jp"))
                       .phone(QStringLiteral("03-1234-5678"))
                       .tags({QStringLiteral("展示会2026")})
                       .notes(QStringLiteral("来春に設備更新の予定"));
    taro.department = QStringLiteral("第二営業部");
    const qint64 yamada = service.add(taro);
    const qint64 sato = service.add(ContactBuilder()
                                        .name(QStringLiteral("佐藤"), QStringLiteral("花子"))
                                        .kana(QStringLiteral("さとう"), QStringLiteral("はなこ"))
                                        .company(QStringLiteral("青葉商事"))
                                        .phone(QStringLiteral("06-9876-5432")));
    service.add(ContactBuilder()
                    .name(QStringLiteral("Smith"), QStringLiteral("Jane"))
                    .kana(QString(), QString())
                    .company(QStringLiteral("Acme Trading Inc."))
                    .email(QStringLiteral("jane@acme.example.com")));

    const char *findsYamada[] = {"やまだ",
                                 "ヤマダ",
                                 "ﾔﾏﾀﾞ",
                                 "yamada",
                                 "YAMADA",
                                 "山田",
                                 "山田 太郎",
                                 "山田太郎",
                                 "やまだ たろう",
                                 "taro",
                                 "tarou",
                                 "yamada taro",
                                 "0312345678",
                                 "03-1234-5678",
                                 "１２３４５６７８",
                                 "ひかり",
                                 "ヒカリ",
                                 "営業",
                                 "hikari.example",
                                 "展示会",
                                 "設備更新",
                                 "5678",
                                 "山",
                                 "田",
                                 "やま",
                                 "ya"};
    for (const char *text : findsYamada) {
        CAPTURE(text);
        CHECK(idsFound(service, QString::fromUtf8(text)).contains(yamada));
        CHECK_FALSE(idsFound(service, QString::fromUtf8(text)).contains(sato));
    }
    CHECK(idsFound(service, QStringLiteral("さとう")) == QList<qint64>{sato});
    CHECK(idsFound(service, QStringLiteral("sato")) == QList<qint64>{sato});
    CHECK(idsFound(service, QStringLiteral("jane smith")).size() == 1);
    CHECK(idsFound(service, QStringLiteral("acme")).size() == 1);
    CHECK(idsFound(service, QStringLiteral("やまだ はなこ")).isEmpty());
    CHECK(idsFound(service, QStringLiteral("存在しない")).isEmpty());
    // Punctuation alone searches nothing, and lists everyone like an empty search field.
    CHECK(idsFound(service, QStringLiteral("-- ")).size() == 3);
}

TEST_CASE("search text that looks like FTS5 syntax is taken literally", "[search]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    service.add(ContactBuilder().notes(QStringLiteral("NEAR AND OR NOT \"quote\" *star*")));
    const char *inputs[] = {"\"", "*", "NEAR(", "AND", "a OR", "\"quote\"", "col:value", "^x", "'"};
    for (const char *text : inputs) {
        CAPTURE(text);
        CHECK_NOTHROW(idsFound(service, QString::fromUtf8(text)));
    }
    CHECK(idsFound(service, QStringLiteral("quote")).size() == 1);
    CHECK(idsFound(service, QStringLiteral("\"quote\"")).size() == 1);
}

TEST_CASE("search follows edits and counts matches", "[search]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 id = service.add(ContactBuilder());
    Contact c = service.get(id);
    c.company = QStringLiteral("みどり工業");
    service.update(c);
    CHECK(idsFound(service, QStringLiteral("みどり")) == QList<qint64>{id});

    c = service.get(id); // the saved version: a save names the version it read
    c.familyName = QStringLiteral("鈴木");
    c.familyKana = QStringLiteral("すずき");
    service.update(c);
    CHECK(idsFound(service, QStringLiteral("yamada")).isEmpty());
    CHECK(idsFound(service, QStringLiteral("suzuki")) == QList<qint64>{id});

    ContactListQuery query;
    query.search = QStringLiteral("suzuki");
    CHECK(service.count(query) == 1);
}

TEST_CASE("a card added with others is found under the company name it was stored with", "[search]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 first =
        service.add(ContactBuilder().company(QStringLiteral("株式会社ひかり電子")));
    // Added in one batch, whose search documents are written together at its end.
    const QList<qint64> added =
        service.addAll({ContactBuilder()
                            .name(QStringLiteral("佐藤"), QStringLiteral("花子"))
                            .kana(QStringLiteral("さとう"), QStringLiteral("はなこ"))
                            .company(QStringLiteral("㈱ひかり電子")),
                        ContactBuilder()
                            .name(QStringLiteral("鈴木"), QStringLiteral("一郎"))
                            .kana(QStringLiteral("すずき"), QStringLiteral("いちろう"))
                            .company(QStringLiteral("青葉商事"))});
    REQUIRE(added.size() == 2);
    CHECK(service.get(added.at(0)).company == QStringLiteral("株式会社ひかり電子"));
    CHECK(idsFound(service, QStringLiteral("株式会社ひかり")) == QList<qint64>{added.at(0), first});
    CHECK(idsFound(service, QStringLiteral("すずき")) == QList<qint64>{added.at(1)});
    CHECK(idsFound(service, QStringLiteral("青葉")) == QList<qint64>{added.at(1)});
}

TEST_CASE("short words, Latin and digit words and LIKE's own characters find the same people "
          "in a file and on a server",
          "[search]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 sale = service.add(ContactBuilder()
                                        .name(QStringLiteral("佐藤"), QStringLiteral("花子"))
                                        .kana(QStringLiteral("さとう"), QStringLiteral("はなこ"))
                                        .company(QStringLiteral("ABC商事"))
                                        .tags({QStringLiteral("展示会2026")})
                                        .notes(QStringLiteral("50%off a_b 100\\200")));
    const qint64 other = service.add(ContactBuilder()
                                         .name(QStringLiteral("鈴木"), QStringLiteral("一郎"))
                                         .kana(QStringLiteral("すずき"), QStringLiteral("いちろう"))
                                         .notes(QStringLiteral("5xf aXb")));
    const QList<qint64> onlySale{sale};
    const QList<qint64> onlyOther{other};
    const char *findsSale[] = {"佐",    "0",       "50",         "50%",   "%off",  "0%o",
                               "a_b",   "ab",      "off",        "100\\", "\\200", "100200",
                               "ABC商", "abc商事", "展示会2026", "会2"};
    for (const char *text : findsSale) {
        CAPTURE(text);
        CHECK(idsFound(service, QString::fromUtf8(text)) == onlySale);
    }
    // % and _ are no wildcards, and fold away like other punctuation.
    const char *findsOther[] = {"5x", "5%x", "ax", "a_x", "鈴", "xf"};
    for (const char *text : findsOther) {
        CAPTURE(text);
        CHECK(idsFound(service, QString::fromUtf8(text)) == onlyOther);
    }
    const char *findsNobody[] = {"5f", "5%f", "a%f", "0_f", "2027", "abd"};
    for (const char *text : findsNobody) {
        CAPTURE(text);
        CHECK(idsFound(service, QString::fromUtf8(text)).isEmpty());
    }
    CHECK(idsFound(service, QStringLiteral("5")).size() == 2);
    CHECK(idsFound(service, QStringLiteral("_b")).size() == 2);
    CHECK(idsFound(service, QStringLiteral("%")).size() == 2);
    CHECK(idsFound(service, QStringLiteral("_")).size() == 2);
}

TEST_CASE("words of one and two characters in kana, kanji, romaji and digits find the same "
          "people in a file and on a server",
          "[search]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 hanako = service.add(ContactBuilder()
                                          .name(QStringLiteral("佐藤"), QStringLiteral("花子"))
                                          .kana(QStringLiteral("さとう"), QStringLiteral("はなこ"))
                                          .phone(QStringLiteral("03-1234-5678")));
    const qint64 ichiro =
        service.add(ContactBuilder()
                        .name(QStringLiteral("鈴木"), QStringLiteral("一郎"))
                        .kana(QStringLiteral("すずき"), QStringLiteral("いちろう"))
                        .company(QStringLiteral("ZQ工業")));
    const qint64 taro =
        service.add(ContactBuilder()
                        .name(QString::fromUtf8("\xF0\xA0\xAE\xB7田"), QStringLiteral("太郎"))
                        .kana(QStringLiteral("よしだ"), QStringLiteral("たろう")));
    const struct
    {
        const char *text;
        QList<qint64> found;
    } cases[] = {
        // Kanji and kana: a character, a pair, a pair across family and given name.
        {"佐", {hanako}},
        {"藤花", {hanako}},
        {"はな", {hanako}},
        {"ハナ", {hanako}},
        {"こ", {hanako}},
        {"田", {taro}},
        {"\xF0\xA0\xAE\xB7", {taro}},
        {"\xF0\xA0\xAE\xB7田", {taro}},
        {"よし", {taro}},
        // Romaji, Latin and digits.
        {"ta", {taro}},
        {"ko", {hanako}},
        {"zq", {ichiro}},
        {"ＺＱ", {ichiro}},
        {"q", {ichiro}},
        {"03", {hanako}},
        {"8", {hanako}},
        // Several short words, and a short word beside a long one.
        {"佐 はな", {hanako}},
        {"田 たろう", {taro}},
        // Pairs that only straddle two values, and words of two people.
        {"子さ", {}},
        {"業す", {}},
        {"佐 ろう", {}},
        {"qx", {}},
        {"9", {}},
    };
    for (const auto &c : cases) {
        CAPTURE(c.text);
        CHECK(idsFound(service, QString::fromUtf8(c.text)) == c.found);
    }
    // Every one of them has an う in the reading; the list is in reading order.
    CHECK(idsFound(service, QStringLiteral("う")) == QList<qint64>{hanako, ichiro, taro});
}
