#include "contacts/contactservice.h"
#include "contactbuilder.h"
#include "nurture/followupservice.h"
#include "testdatabase.h"
#include "text/mecabreadingguesser.h"
#include "text/readingguesser.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

TEST_CASE("a contact round-trips through the database with every field", "[storage][contacts]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    Contact c = ContactBuilder().company(QStringLiteral("株式会社ひかり電子"));
    c.department = QStringLiteral("営業部");
    c.title = QStringLiteral("部長");
    c.email = QStringLiteral("taro.yamada@hikari.example.jp");
    c.email2 = QStringLiteral("taro@example.com");
    c.phoneWork = QStringLiteral("03-1234-5678");
    c.phoneDirect = QStringLiteral("03-1234-5600");
    c.phoneMobile = QStringLiteral("090-1111-2222");
    c.fax = QStringLiteral("03-1234-5679");
    c.postalCode = QStringLiteral("100-0001");
    c.address = QStringLiteral("東京都千代田区千代田1-1");
    c.url = QStringLiteral("https://hikari.example.jp");
    c.notes = QStringLiteral("展示会で名刺交換");
    c.source = QStringLiteral("産業交流展2026");
    c.stage = Stage::Warm;
    c.tags = {QStringLiteral("VIP"), QStringLiteral("展示会2026")};
    c.cardExchangedOn = QDate(2026, 10, 14);

    const qint64 id = service.add(c);
    const Contact stored = service.get(id);
    CHECK(stored.id == id);
    CHECK(stored.familyName == c.familyName);
    CHECK(stored.givenKana == c.givenKana);
    CHECK_FALSE(stored.readingGuessed);
    CHECK(stored.company == c.company);
    CHECK(stored.department == c.department);
    CHECK(stored.title == c.title);
    CHECK(stored.email == c.email);
    CHECK(stored.email2 == c.email2);
    CHECK(stored.phoneWork == c.phoneWork);
    CHECK(stored.phoneDirect == c.phoneDirect);
    CHECK(stored.phoneMobile == c.phoneMobile);
    CHECK(stored.fax == c.fax);
    CHECK(stored.postalCode == c.postalCode);
    CHECK(stored.address == c.address);
    CHECK(stored.url == c.url);
    CHECK(stored.notes == c.notes);
    CHECK(stored.source == c.source);
    CHECK(stored.stage == Stage::Warm);
    CHECK(stored.tags == QStringList{QStringLiteral("VIP"), QStringLiteral("展示会2026")});
    CHECK(stored.cardExchangedOn == c.cardExchangedOn);
    CHECK(stored.createdAt.isValid());
    CHECK_FALSE(stored.deletedAt.isValid());
}

TEST_CASE("new contacts start cold and values are normalised on the way in", "[storage][contacts]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    Contact c;
    c.familyName = QStringLiteral("　佐藤 ");
    c.givenName = QStringLiteral("花子");
    c.familyKana = QStringLiteral("ｻﾄｳ");
    c.givenKana = QStringLiteral("ハナコ");
    c.phoneWork = QStringLiteral("０３－１２３４－５６７８");
    c.postalCode = QStringLiteral("〒1000001");
    c.email = QStringLiteral("ＨＡＮＡＫＯ＠example.jp");
    const Contact stored = service.get(service.add(c));
    CHECK(stored.stage == Stage::Cold);
    CHECK(stored.familyName == QStringLiteral("佐藤"));
    CHECK(stored.familyKana == QStringLiteral("さとう"));
    CHECK(stored.givenKana == QStringLiteral("はなこ"));
    CHECK(stored.phoneWork == QStringLiteral("03-1234-5678"));
    CHECK(stored.postalCode == QStringLiteral("100-0001"));
    CHECK(stored.email == QStringLiteral("HANAKO@example.jp"));
}

TEST_CASE("invalid values are rejected with the field and nothing is stored", "[storage][contacts]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    struct Case
    {
        const char *field;
        Contact contact;
    };
    Contact noName;
    noName.company = QStringLiteral("ひかり電子");
    Contact badEmail = ContactBuilder().email(QStringLiteral("taro-at-example"));
    Contact badPhone = ContactBuilder().phone(QStringLiteral("call me"));
    Contact badKana = ContactBuilder().kana(QStringLiteral("山田"), QString());
    Contact badPostal = ContactBuilder();
    badPostal.postalCode = QStringLiteral("〒〒〒");
    const Case cases[] = {{"family_name", noName},
                          {"email", badEmail},
                          {"phone_work", badPhone},
                          {"family_kana", badKana},
                          {"postal_code", badPostal}};
    for (const Case &c : cases) {
        CAPTURE(c.field);
        try {
            service.add(c.contact);
            FAIL("accepted");
        } catch (const ValidationError &error) {
            CHECK(error.field() == QString::fromLatin1(c.field));
        }
    }
    CHECK(service.count({}) == 0);
}

TEST_CASE("editing keeps the id and changes only what changed", "[storage][contacts]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 id = service.add(ContactBuilder().company(QStringLiteral("ひかり電子")));
    Contact c = service.get(id);
    c.title = QStringLiteral("課長");
    c.tags = {QStringLiteral("要フォロー")};
    service.update(c);
    const Contact stored = service.get(id);
    CHECK(stored.title == QStringLiteral("課長"));
    CHECK(stored.company == QStringLiteral("ひかり電子"));
    CHECK(stored.tags == QStringList{QStringLiteral("要フォロー")});
    CHECK(stored.updatedAt >= stored.createdAt);

    Contact ghost = c;
    ghost.id = 9999;
    CHECK_THROWS_AS(service.update(ghost), StorageError);
}

TEST_CASE("trash hides a contact from lists and search until it is restored", "[storage][contacts]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 id = service.add(ContactBuilder());
    service.add(ContactBuilder()
                    .name(QStringLiteral("佐藤"), QStringLiteral("花子"))
                    .kana(QStringLiteral("さとう"), QStringLiteral("はなこ")));
    ContactListQuery search;
    search.search = QStringLiteral("やまだ");
    REQUIRE(service.count(search) == 1);

    service.moveToTrash(id);
    CHECK(service.count({}) == 1);
    CHECK(service.count(search) == 0);
    ContactListQuery trash;
    trash.inTrash = true;
    REQUIRE(service.page(trash).contacts.size() == 1);
    CHECK(service.get(id).deletedAt.isValid());

    service.restore(id);
    CHECK(service.count({}) == 2);
    CHECK(service.count(search) == 1);
}

TEST_CASE("a missing reading is guessed with MeCab and flagged until confirmed",
          "[storage][contacts]")
{
    MecabReadingGuesser guesser;
    REQUIRE(guesser.isAvailable());
    test::TestDatabase t;
    ContactService service(t.db(), &guesser);
    const qint64 id =
        service.add(ContactBuilder().name(QStringLiteral("髙橋"), QStringLiteral("健一")));
    Contact c = service.get(id);
    CHECK(c.familyKana == QStringLiteral("たかはし"));
    CHECK(c.readingGuessed);

    SECTION("a renamed contact gets a new guess")
    {
        c.familyName = QStringLiteral("鈴木");
        service.update(c);
        CHECK(service.get(id).familyKana == QStringLiteral("すずき"));
        CHECK(service.get(id).readingGuessed);
    }
    SECTION("a reading typed by the user counts as confirmed")
    {
        c.givenKana = QStringLiteral("たけかず");
        service.update(c);
        CHECK_FALSE(service.get(id).readingGuessed);
    }
    SECTION("confirming clears the flag")
    {
        service.confirmReading(id);
        CHECK_FALSE(service.get(id).readingGuessed);
        CHECK(service.get(id).familyKana == QStringLiteral("たかはし"));
    }
    SECTION("a reading given on input is not a guess")
    {
        const qint64 other = service.add(ContactBuilder());
        CHECK_FALSE(service.get(other).readingGuessed);
    }
}

namespace {
// Reads every name as "よみ": enough to mark a reading as guessed.
class FixedGuesser final : public ReadingGuesser
{
public:
    QString guess(const QString &) const override { return QStringLiteral("よみ"); }
};
} // namespace

TEST_CASE("the list filters by tag, source, a missing follow-up and a guessed reading",
          "[storage][contacts]")
{
    test::TestDatabase t;
    const FixedGuesser guesser;
    ContactService service(t.db(), &guesser);
    Contact tagged = ContactBuilder()
                         .name(QStringLiteral("青木"), QStringLiteral("一郎"))
                         .kana(QStringLiteral("あおき"), QStringLiteral("いちろう"));
    tagged.tags = {QStringLiteral("展示会")};
    tagged.source = QStringLiteral("産業交流展");
    const qint64 taggedId = service.add(tagged);
    // No reading given: the guesser's is kept and flagged.
    Contact guessed;
    guessed.familyName = QStringLiteral("井上");
    const qint64 guessedId = service.add(guessed);
    const qint64 plannedId =
        service.add(ContactBuilder()
                        .name(QStringLiteral("上田"), QStringLiteral("花子"))
                        .kana(QStringLiteral("うえだ"), QStringLiteral("はなこ")));
    FollowUp f;
    f.contactId = plannedId;
    f.dueOn = QDate(2026, 12, 10);
    f.channel = Channel::Phone;
    f.purpose = QStringLiteral("ご挨拶");
    FollowUpService(t.db(), QDate(2026, 11, 24)).add(f);

    const auto ids = [&](const ContactListQuery &query) {
        QList<qint64> found;
        for (const Contact &c : service.page(query).contacts)
            found.append(c.id);
        std::sort(found.begin(), found.end());
        CHECK(service.count(query) == found.size());
        return found;
    };
    ContactListQuery query;
    query.tag = QStringLiteral("展示会");
    CHECK(ids(query) == QList<qint64>{taggedId});
    query = {};
    query.source = QStringLiteral("産業交流展");
    CHECK(ids(query) == QList<qint64>{taggedId});
    query = {};
    query.readingGuessedOnly = true;
    CHECK(ids(query) == QList<qint64>{guessedId});
    query = {};
    query.withoutOpenFollowUp = true;
    CHECK(ids(query) == QList<qint64>{taggedId, guessedId});
    query.search = QStringLiteral("青木");
    CHECK(ids(query) == QList<qint64>{taggedId});
}

TEST_CASE("several contacts go to the trash and come back together, or none move",
          "[contacts][trash]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const QList<qint64> ids =
        service.addAll({ContactBuilder().name(QStringLiteral("山田"), QStringLiteral("太郎")),
                        ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子"))});
    ContactListQuery trash;
    trash.inTrash = true;

    CHECK_THROWS_AS(service.moveToTrash(QList<qint64>{ids.at(0), 9999}), StorageError);
    CHECK(service.count(trash) == 0);
    CHECK_FALSE(service.get(ids.at(0)).deletedAt.isValid());

    service.moveToTrash(ids);
    CHECK(service.count(trash) == 2);
    CHECK(service.count(ContactListQuery{}) == 0);
    service.restore(ids);
    CHECK(service.count(trash) == 0);
    CHECK(service.count(ContactListQuery{}) == 2);
}
