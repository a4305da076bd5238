#include "contacts/contactservice.h"
#include "demo/demodatagenerator.h"
#include "nurture/activityservice.h"
#include "nurture/followupservice.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kizuna;

namespace {

const QDate kToday(2026, 12, 5);

QList<qint64> addGenerated(ContactService &service, int count)
{
    const DemoDataGenerator generator(7, kToday);
    QList<Contact> cards;
    for (int i = 0; i < count; ++i)
        cards.append(generator.contact(i));
    return service.addAll(cards);
}

QList<qint64> idsOf(const QList<Contact> &contacts)
{
    QList<qint64> ids;
    for (const Contact &c : contacts)
        ids.append(c.id);
    return ids;
}

QList<qint64> reversed(QList<qint64> ids)
{
    std::reverse(ids.begin(), ids.end());
    return ids;
}

QList<qint64> readAll(const ContactService &service, ContactListQuery query)
{
    query.limit = 37;
    QList<qint64> ids;
    for (int guard = 0; guard < 1000; ++guard) {
        const ContactPage page = service.page(query);
        ids += idsOf(page.contacts);
        REQUIRE(page.sortKeys.size() == page.contacts.size());
        if (!page.next)
            break;
        query.after = page.next;
    }
    return ids;
}

ContactListQuery queryNamed(const QString &name)
{
    ContactListQuery query;
    if (name == QLatin1String("stage"))
        query.stage = Stage::Cold;
    else if (name == QLatin1String("search"))
        query.search = QStringLiteral("株式会社");
    else if (name == QLatin1String("search and stage")) {
        query.search = QStringLiteral("株式会社");
        query.stage = Stage::Warm;
    }
    return query;
}

} // namespace

TEST_CASE("a list in reading order reads the same rows backwards, from its end and by skipping",
          "[search][paging]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    addGenerated(service, 300);

    const QString name = GENERATE(QStringLiteral("everyone"), QStringLiteral("stage"),
                                  QStringLiteral("search"), QStringLiteral("search and stage"));
    CAPTURE(name);
    ContactListQuery query = queryNamed(name);
    const QList<qint64> expected = readAll(service, query);
    REQUIRE(expected.size() == service.count(query));
    REQUIRE(expected.size() > 40);
    const qsizetype n = expected.size();

    ContactListQuery descending = query;
    descending.descending = true;
    CHECK(readAll(service, descending) == reversed(expected));

    for (const qsizetype k : {qsizetype(0), n / 3, n - 1}) {
        CHECK(service.positionInReadingOrder(query, expected.at(k)) == k);
        CHECK(service.positionInReadingOrder(descending, expected.at(k)) == n - 1 - k);
    }
    if (query.stage) {
        ContactListQuery others = query;
        others.stage = Stage::Hot;
        CHECK_FALSE(service.positionInReadingOrder(others, expected.first()).has_value());
    }

    ContactListQuery read = query;
    read.limit = 25;
    SECTION("the last rows, read backwards from the end")
    {
        read.backwards = true;
        CHECK(idsOf(service.page(read).contacts) == reversed(expected.mid(n - 25, 25)));
    }
    SECTION("rows after skipping some, from either end")
    {
        read.offset = 11;
        CHECK(idsOf(service.page(read).contacts) == expected.mid(11, 25));
        read.offset = n - 1;
        CHECK(idsOf(service.page(read).contacts) == expected.mid(n - 1));
        read.offset = n;
        CHECK(service.page(read).contacts.isEmpty());
        read.offset = 11;
        read.backwards = true;
        CHECK(idsOf(service.page(read).contacts) == reversed(expected.mid(n - 36, 25)));
    }
    SECTION("the rows before a cursor, nearest first")
    {
        const ContactPage first = service.page(read);
        ContactListQuery second = read;
        second.after = first.next;
        const ContactPage page = service.page(second);
        REQUIRE(page.contacts.size() == 25);
        ContactListQuery back = read;
        back.backwards = true;
        back.after = ContactCursor{page.sortKeys.first(), page.contacts.first().id};
        CHECK(idsOf(service.page(back).contacts) == reversed(expected.mid(0, 25)));
    }
    SECTION("anchors every few rows, and rows reached by skipping from one")
    {
        const QList<ContactCursor> anchors = service.readingAnchors(query, 7);
        REQUIRE(anchors.size() == n / 7);
        for (qsizetype k = 0; k < anchors.size(); ++k)
            CHECK(anchors.at(k).id == expected.at(7 * (k + 1) - 1));
        // Row 7k + 3: three rows after the anchor that rows 7k onwards follow.
        const qsizetype k = anchors.size() / 2;
        read.after = anchors.at(k - 1);
        read.offset = 3;
        CHECK(idsOf(service.page(read).contacts) == expected.mid(7 * k + 3, 25));
        read.offset = 0;
        CHECK(idsOf(service.page(read).contacts) == expected.mid(7 * k, 25));
    }
    SECTION("descending, read backwards, is ascending again")
    {
        read.descending = true;
        read.backwards = true;
        read.offset = 3;
        CHECK(idsOf(service.page(read).contacts) == expected.mid(3, 25));
    }
}

TEST_CASE("every sort orders all matches once, ties in reading order", "[search][sort]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const QList<qint64> ids = addGenerated(service, 240);

    FollowUpService followUps(t.db(), kToday);
    const QList<int> planned{17, 3, 101, 55};
    for (int i = 0; i < planned.size(); ++i) {
        FollowUp f;
        f.contactId = ids.at(planned.at(i));
        f.dueOn = kToday.addDays(10 - i); // the last planned is due first
        followUps.add(f);
    }

    ContactListQuery query;
    const QList<qint64> reading = readAll(service, query);
    CHECK(service.orderedIds(query) == reading);

    const ContactSort sort =
        GENERATE(ContactSort::Company, ContactSort::Title, ContactSort::Stage, ContactSort::Score,
                 ContactSort::NextFollowUp, ContactSort::LastTouch, ContactSort::Source,
                 ContactSort::Email, ContactSort::Phone, ContactSort::Tags);
    CAPTURE(static_cast<int>(sort));
    query.sort = sort;
    const QList<qint64> ascending = service.orderedIds(query);
    QList<qint64> sorted = ascending;
    std::sort(sorted.begin(), sorted.end());
    QList<qint64> all = reading;
    std::sort(all.begin(), all.end());
    CHECK(sorted == all);

    query.descending = true;
    CHECK(service.orderedIds(query) == reversed(ascending));

    const QList<Contact> contacts = service.findMany(ascending);
    REQUIRE(contacts.size() == ascending.size());
    for (qsizetype i = 1; i < contacts.size(); ++i) {
        const Contact &before = contacts.at(i - 1);
        const Contact &after = contacts.at(i);
        if (sort == ContactSort::Score)
            CHECK(before.score <= after.score);
        if (sort == ContactSort::Stage)
            CHECK(static_cast<int>(before.stage) <= static_cast<int>(after.stage));
        if (sort == ContactSort::Email && !before.email.isEmpty() && !after.email.isEmpty())
            CHECK(before.email <= after.email);
        if (sort == ContactSort::Source && before.source.isEmpty())
            CHECK(after.source.isEmpty()); // people without a source come last
    }
    if (sort == ContactSort::NextFollowUp) {
        // Those with a follow-up first, the soonest first.
        CHECK(ascending.mid(0, 4) == QList<qint64>{ids.at(55), ids.at(101), ids.at(3), ids.at(17)});
    }
}

TEST_CASE("a page read by ids keeps their order and shows each person's dates", "[search][sort]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const QList<qint64> ids = addGenerated(service, 5);
    const qint64 first = ids.at(0);
    const qint64 second = ids.at(1);

    const QList<Contact> found = service.findMany({ids.at(3), 999999, first});
    CHECK(idsOf(found) == QList<qint64>{ids.at(3), first});

    FollowUpService followUps(t.db(), kToday);
    FollowUp later;
    later.contactId = first;
    later.dueOn = kToday.addDays(9);
    followUps.add(later);
    FollowUp sooner = later;
    sooner.dueOn = kToday.addDays(2);
    const qint64 soonerId = followUps.add(sooner);
    ActivityService activities(t.db(), kToday);
    Activity touch;
    touch.contactId = second;
    touch.occurredAt = QDateTime(kToday.addDays(-3), QTime(10, 30));
    activities.log(touch);

    auto dates = service.listDates({first, second, ids.at(2)});
    CHECK(dates.value(first).nextFollowUp == kToday.addDays(2));
    CHECK_FALSE(dates.value(first).lastTouch.isValid());
    CHECK(dates.value(second).lastTouch == touch.occurredAt);
    CHECK_FALSE(dates.value(second).nextFollowUp.isValid());
    CHECK_FALSE(dates.contains(ids.at(2)));

    // Done, the sooner one no longer counts as next; the touch it logged is the last.
    followUps.complete(soonerId, QStringLiteral("called"), Outcome::None,
                       FollowUpService::Next{FollowUpService::Next::Mode::None, {}});
    dates = service.listDates({first});
    CHECK(dates.value(first).nextFollowUp == kToday.addDays(9));
    CHECK(dates.value(first).lastTouch.isValid());
}
