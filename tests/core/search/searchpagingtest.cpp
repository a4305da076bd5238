#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "storage/searchpagereader.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace kizuna;
using test::ContactBuilder;

namespace {

// Many people share a family name, so many share the first characters of the digest of the search
// rowid; pages must still come out in exact reading order without gaps or repeats.
void fill(ContactService &service, int count)
{
    const char *families[][2] = {{"佐藤", "さとう"},   {"佐藤", "さどう"}, {"鈴木", "すずき"},
                                 {"高橋", "たかはし"}, {"田中", "たなか"}, {"伊藤", "いとう"}};
    const char *givens[][2] = {{"一郎", "いちろう"}, {"花子", "はなこ"},   {"健", "けん"},
                               {"愛", "あい"},       {"大輔", "だいすけ"}, {"美咲", "みさき"},
                               {"翔", "しょう"}};
    QList<Contact> contacts;
    for (int i = 0; i < count; ++i) {
        const auto &f = families[i % 6];
        const auto &g = givens[(i / 6) % 7];
        Contact c = ContactBuilder()
                        .name(QString::fromUtf8(f[0]), QString::fromUtf8(g[0]))
                        .kana(QString::fromUtf8(f[1]), QString::fromUtf8(g[1]))
                        .stage(i % 4 == 0 ? Stage::Hot : Stage::Cold)
                        .notes(i % 3 == 0 ? QStringLiteral("展示会メモ") : QString());
        contacts.append(c);
    }
    service.addAll(contacts);
}

// Every page `read` gives, from the first to the last, each full but the last.
QList<qint64> allPages(const std::function<ContactPage(const ContactListQuery &)> &read,
                       ContactListQuery query, int pageSize)
{
    query.limit = pageSize;
    QList<qint64> ids;
    for (int guard = 0; guard < 10000; ++guard) {
        const ContactPage page = read(query);
        for (const Contact &c : page.contacts)
            ids.append(c.id);
        if (!page.next)
            break;
        REQUIRE(page.contacts.size() == pageSize);
        query.after = page.next;
    }
    return ids;
}

QList<qint64> allPages(ContactService &service, const ContactListQuery &query, int pageSize)
{
    return allPages([&](const ContactListQuery &q) { return service.page(q); }, query, pageSize);
}

} // namespace

TEST_CASE("search pages are exact in reading order, with and without filters", "[search][paging]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    fill(service, 420);

    ContactListQuery everyone;
    const QList<qint64> ordered = allPages(service, everyone, 1000);
    REQUIRE(ordered.size() == 420);

    const int pageSize = GENERATE(1, 7, 50, 1000);
    CAPTURE(pageSize);

    SECTION("search alone")
    {
        QList<qint64> expected;
        for (qint64 id : ordered) {
            if ((id - 1) % 3 == 0)
                expected.append(id);
        }
        ContactListQuery query;
        query.search = QStringLiteral("展示会");
        CHECK(allPages(service, query, pageSize) == expected);
        CHECK(service.count(query) == expected.size());
        CHECK(service.countUpTo(query, 9) == 9);
        CHECK(service.countUpTo(query, 100000) == expected.size());
    }
    SECTION("search with a stage filter")
    {
        QList<qint64> expected;
        for (qint64 id : ordered) {
            if ((id - 1) % 3 == 0 && (id - 1) % 4 == 0)
                expected.append(id);
        }
        ContactListQuery query;
        query.search = QStringLiteral("メモ");
        query.stage = Stage::Hot;
        CHECK(allPages(service, query, pageSize) == expected);
        CHECK(service.countUpTo(query, 9) == 9);
        CHECK(service.countUpTo(query, 100000) == expected.size());
    }
    SECTION("a one-character search that matches most people")
    {
        ContactListQuery query;
        query.search = QStringLiteral("う"); // さとう, さどう, いとう, ...
        const QList<qint64> found = allPages(service, query, pageSize);
        QList<qint64> expected;
        for (qint64 id : ordered) {
            const Contact c = service.get(id);
            if (QString(c.familyKana + c.givenKana).contains(QStringLiteral("う")))
                expected.append(id);
        }
        CHECK(found == expected);
    }
    SECTION("the plain list pages the same way")
    {
        CHECK(allPages(service, everyone, pageSize) == ordered);
        CHECK(service.countUpTo(everyone, 400) == 400);
        CHECK(service.countUpTo(everyone, 421) == 420);
    }
}

TEST_CASE("a group of the search index with hundreds of matches pages exactly", "[search][paging]")
{
    // Every 木村 whose given name starts けん shares one digest group: pages inside it are read
    // along the reading index, pages before it by id, and both must join without a seam.
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const char *givens[][2] = {{"健太", "けんた"}, {"健一", "けんいち"}, {"健二", "けんじ"}};
    QList<Contact> contacts;
    for (int i = 0; i < 40; ++i) {
        // Before the group in reading order, found through their notes.
        contacts.append(ContactBuilder()
                            .name(QStringLiteral("青木"), QString::number(i))
                            .kana(QStringLiteral("あおき"), QStringLiteral("はな"))
                            .notes(QStringLiteral("木村さんの紹介")));
    }
    for (int i = 0; i < 450; ++i) {
        const auto &g = givens[i % 3];
        contacts.append(ContactBuilder()
                            .name(QStringLiteral("木村"), QString::fromUtf8(g[0]))
                            .kana(QStringLiteral("きむら"), QString::fromUtf8(g[1]))
                            .stage(i % 5 == 0 ? Stage::Hot : Stage::Cold));
    }
    for (int i = 0; i < 30; ++i) {
        // After it, in the group of 木村 with given names in さ.
        contacts.append(ContactBuilder()
                            .name(QStringLiteral("木村"), QStringLiteral("早苗"))
                            .kana(QStringLiteral("きむら"), QStringLiteral("さなえ"))
                            .stage(Stage::Hot));
    }
    service.addAll(contacts);
    ContactListQuery everyone;
    QList<qint64> ordered = allPages(service, everyone, 1000);
    REQUIRE(ordered.size() == 520);
    // A few in the trash: the group's index walk must leave them out as the search does.
    const QList<qint64> trashed{ordered.at(45), ordered.at(100), ordered.at(300)};
    service.moveToTrash(trashed);
    for (qint64 id : trashed)
        ordered.removeOne(id);

    const int pageSize = GENERATE(1, 7, 50, 200);
    CAPTURE(pageSize);
    ContactListQuery query;
    query.search = QStringLiteral("木村");
    SECTION("everyone who matches")
    {
        CHECK(allPages(service, query, pageSize) == ordered);
    }
    SECTION("with a stage filter")
    {
        query.stage = Stage::Hot;
        QList<qint64> expected;
        for (qint64 id : std::as_const(ordered)) {
            if (service.get(id).stage == Stage::Hot)
                expected.append(id);
        }
        REQUIRE(expected.size() == 30 + 90);
        CHECK(allPages(service, query, pageSize) == expected);
    }
    SECTION("the given name narrows the group")
    {
        query.search = QStringLiteral("木村健一");
        QList<qint64> expected;
        for (qint64 id : std::as_const(ordered)) {
            if (service.get(id).givenName == QStringLiteral("健一"))
                expected.append(id);
        }
        REQUIRE(expected.size() >= 148);
        CHECK(allPages(service, query, pageSize) == expected);
    }
}

TEST_CASE("several words page exactly through the matches all of them share", "[search][paging]")
{
    // A server reads the rarest of the words' grams along its postings and looks the others
    // up beside it; a file intersects FTS5's posting lists. Either way a page of several
    // words is the reading order of the contacts every word finds alone.
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    fill(service, 420);

    const QString words = GENERATE(QStringLiteral("佐藤 展示会"), QStringLiteral("ta 一郎"),
                                   QStringLiteral("さとう い"), QStringLiteral("展示会 はなこ ta"));
    const int pageSize = GENERATE(7, 50);
    CAPTURE(words.toStdString(), pageSize);

    ContactListQuery query;
    QList<qint64> expected = allPages(service, ContactListQuery{}, 1000);
    for (const QString &word : words.split(QLatin1Char(' '))) {
        query.search = word;
        const QList<qint64> found = allPages(service, query, 1000);
        // Each word alone narrows the list: the test compares real intersections.
        REQUIRE_FALSE(found.isEmpty());
        REQUIRE(found.size() < 420);
        expected.removeIf([&](qint64 id) { return !found.contains(id); });
    }
    REQUIRE(expected.size() >= 10);
    query.search = words;
    CHECK(allPages(service, query, pageSize) == expected);
}

TEST_CASE("a short walk before gathering a long word's matches pages exactly", "[search][paging]")
{
    // On a server a word longer than five characters is not posted: the reader hops along its
    // leading postings and its partner's before it gathers the matches past them. A walk of
    // a few hops reaches both ways: words found on the walk, and matches that sit together
    // past it (every 田中 comes last in reading order). In 一郎 いとういちろう the grams'
    // postings part: 一郎, とういちろ and ういちろう are posted for other families too, so the
    // hops skip. Words of up to five characters (田中一郎) are one posted gram and take no
    // walk. A file reads its posting lists in order and takes no walk; it must agree.
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    fill(service, 420);
    const QList<qint64> ordered = allPages(service, ContactListQuery{}, 1000);

    const QString word = GENERATE(
        QStringLiteral("たなかいちろう"), QStringLiteral("田中一郎"), QStringLiteral("たなか"),
        QStringLiteral("展示会"), QStringLiteral("佐藤 展示会"), QStringLiteral("ta"),
        QStringLiteral("一郎 いとういちろう"), QStringLiteral("さとういちろう 展示会"));
    const qint64 walk = GENERATE(qint64(1), qint64(16));
    const int pageSize = GENERATE(7, 50);
    CAPTURE(word.toStdString(), walk, pageSize);

    ContactListQuery query;
    query.search = word;
    const QList<qint64> expected = allPages(service, query, 1000);
    REQUIRE(expected.size() >= 10);
    if (word == QStringLiteral("たなか"))
        REQUIRE(expected == ordered.mid(ordered.size() - 70));
    // The full readings are checked against the contacts themselves, not only against the
    // reader with its usual walk. さとう is one of 佐藤's two readings.
    for (const QString &family :
         {QStringLiteral("たなか"), QStringLiteral("いとう"), QStringLiteral("さとう")}) {
        if (!word.contains(family + QStringLiteral("いちろう")))
            continue;
        QList<qint64> named;
        for (qint64 id : ordered) {
            const Contact c = service.get(id);
            if (c.familyKana == family && c.givenName == QStringLiteral("一郎") &&
                (!word.contains(QStringLiteral("展示会")) || !c.notes.isEmpty()))
                named.append(id);
        }
        REQUIRE(expected == named);
    }

    const SearchPageReader reader(t.db(), walk);
    CHECK(allPages([&](const ContactListQuery &q) { return reader.read(q); }, query, pageSize) ==
          expected);
}
