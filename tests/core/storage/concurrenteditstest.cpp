// Two windows or programs on one database file: each test opens the file twice, as two
// instances of Kizuna would, and interleaves their reads and saves by hand.
#include "contactbuilder.h"
#include "contacts/contacteditmerger.h"
#include "contacts/contactservice.h"
#include "nurture/activityservice.h"
#include "nurture/followupservice.h"
#include "storage/storageerror.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

namespace {

const QDate kToday(2026, 11, 24);

Contact card()
{
    Contact c = ContactBuilder().company(QStringLiteral("株式会社ひかり電子"));
    c.title = QStringLiteral("課長");
    c.email = QStringLiteral("taro@hikari.example.jp");
    c.tags = {QStringLiteral("展示会")};
    return c;
}

} // namespace

TEST_CASE("an edit merges over the stored contact field by field", "[contacts][concurrency]")
{
    const Contact base = card();
    Contact edited = base;
    edited.title = QStringLiteral("部長");
    edited.tags = {QStringLiteral("展示会"), QStringLiteral("VIP")};
    Contact stored = base;
    stored.email = QStringLiteral("t.yamada@hikari.example.jp");
    stored.tags = {QStringLiteral("展示会"), QStringLiteral("紹介")};

    SECTION("changes to different fields both survive")
    {
        const EditMerge m = ContactEditMerger::merge(base, edited, stored);
        CHECK(m.conflicts.isEmpty());
        CHECK(m.contact.title == QStringLiteral("部長"));
        CHECK(m.contact.email == QStringLiteral("t.yamada@hikari.example.jp"));
        CHECK(m.contact.tags ==
              QStringList{QStringLiteral("展示会"), QStringLiteral("紹介"), QStringLiteral("VIP")});
    }
    SECTION("a tag the user removed goes, one added meanwhile stays")
    {
        edited.tags = {};
        const EditMerge m = ContactEditMerger::merge(base, edited, stored);
        CHECK(m.contact.tags == QStringList{QStringLiteral("紹介")});
    }
    SECTION("the same field changed to two values is a conflict")
    {
        stored.title = QStringLiteral("係長");
        const EditMerge m = ContactEditMerger::merge(base, edited, stored);
        CHECK(m.conflicts == QStringList{QStringLiteral("title")});
    }
    SECTION("the same field changed to the same value is no conflict")
    {
        stored.title = QStringLiteral("部長");
        CHECK(ContactEditMerger::merge(base, edited, stored).conflicts.isEmpty());
    }
    SECTION("a stage changed on both sides is a conflict, on one side it applies")
    {
        edited.stage = Stage::Hot;
        CHECK(ContactEditMerger::merge(base, edited, stored).contact.stage == Stage::Hot);
        stored.stage = Stage::Lost;
        CHECK(ContactEditMerger::merge(base, edited, stored).conflicts ==
              QStringList{QStringLiteral("stage")});
    }
}

TEST_CASE("two windows editing one contact lose neither change", "[contacts][concurrency]")
{
    test::TestDatabase t;
    Database other(t.path());
    ContactService first(t.db(), nullptr);
    ContactService second(other, nullptr);
    first.setToday(kToday);
    second.setToday(kToday);
    const qint64 id = first.add(card());

    // Both open the contact, then each saves a change of its own field.
    const Contact openedByFirst = first.get(id);
    const Contact openedBySecond = second.get(id);
    Contact titleEdit = openedByFirst;
    titleEdit.title = QStringLiteral("部長");
    Contact mailEdit = openedBySecond;
    mailEdit.email = QStringLiteral("t.yamada@hikari.example.jp");
    mailEdit.tags.append(QStringLiteral("VIP"));
    first.update(openedByFirst, titleEdit);
    second.update(openedBySecond, mailEdit);

    const Contact stored = first.get(id);
    CHECK(stored.title == QStringLiteral("部長"));
    CHECK(stored.email == QStringLiteral("t.yamada@hikari.example.jp"));
    CHECK(stored.tags.contains(QStringLiteral("VIP")));

    SECTION("a second change of the same field is refused and names the field")
    {
        Contact late = openedBySecond;
        late.title = QStringLiteral("係長");
        CHECK_THROWS_MATCHES(second.update(openedBySecond, late), StorageError,
                             Catch::Predicate<StorageError>([](const StorageError &e) {
                                 return e.kind() == StorageError::Kind::Conflict &&
                                        e.reason().contains(QStringLiteral("title")) &&
                                        e.reason().contains(QStringLiteral("山田"));
                             }));
        CHECK(first.get(id).title == QStringLiteral("部長"));
    }
    SECTION("an edit from what is stored now goes through")
    {
        const Contact fresh = second.get(id);
        Contact late = fresh;
        late.title = QStringLiteral("係長");
        second.update(fresh, late);
        CHECK(first.get(id).title == QStringLiteral("係長"));
        CHECK(first.get(id).email == QStringLiteral("t.yamada@hikari.example.jp"));
    }
}

TEST_CASE("a follow-up done in two windows is done once", "[nurture][concurrency]")
{
    test::TestDatabase t;
    Database other(t.path());
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(kToday);
    const qint64 contactId = contacts.add(card());
    FollowUp f;
    f.contactId = contactId;
    f.dueOn = kToday;
    f.channel = Channel::Phone;
    f.purpose = QStringLiteral("見積もりの確認");
    FollowUpService first(t.db(), kToday);
    FollowUpService second(other, kToday);
    const qint64 id = first.add(f);
    const qsizetype touchesBefore = ActivityService(t.db(), kToday).list(contactId).size();

    // Both windows show it open; both press Done.
    REQUIRE(first.get(id).status == FollowUpStatus::Open);
    REQUIRE(second.get(id).status == FollowUpStatus::Open);
    first.complete(id, QStringLiteral("電話した"), Outcome::None, {}, std::nullopt);
    CHECK_THROWS_AS(
        second.complete(id, QStringLiteral("電話した"), Outcome::None, {}, std::nullopt),
        ValidationError);

    CHECK(ActivityService(t.db(), kToday).list(contactId).size() == touchesBefore + 1);
    CHECK(first.list(contactId, FollowUpStatus::Open).size() == 1); // the one next date
}
