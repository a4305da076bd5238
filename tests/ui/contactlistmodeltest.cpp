#include "contactlistmodel.h"
#include "contactbuilder.h"
#include "contactlistloader.h"
#include "contacts/contactservice.h"
#include "democontacts.h"
#include "nurture/followupservice.h"
#include "testdatabase.h"
#include "text/dateformat.h"
#include "themecolours.h"

#include "qtcatch.h"
#include "waituntil.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QPalette>
#include <QSignalSpy>

using namespace kizuna;
using test::ContactBuilder;

TEST_CASE("the contact list counts every match and reads only the pages looked at", "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 450);
    ContactListModel model(service, NameOrder::FamilyFirst);

    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == 450);
    CHECK(model.cache().pagesRead() == 0);

    // The last row first, as Ctrl+End does: one page, read from the end.
    const qint64 last = model.idAt(449);
    CHECK(model.cache().pagesRead() == 1);
    CHECK(model.idAt(0) != 0);
    CHECK(model.cache().pagesRead() == 2);
    CHECK(model.idAt(ContactListModel::kPageSize - 1) != 0);
    CHECK(model.cache().pagesRead() == 2);
    CHECK(model.idAt(450) == 0);

    // Every row once, in the order the list reads forwards.
    ContactListQuery everyone;
    everyone.limit = 1000;
    QList<qint64> expected;
    for (const Contact &c : service.page(everyone).contacts)
        expected.append(c.id);
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.idAt(row));
    CHECK(shown == expected);
    CHECK(shown.last() == last);
    // Each page once: the last was read first, the others forwards.
    constexpr int pages = (450 + ContactListModel::kPageSize - 1) / ContactListModel::kPageSize;
    CHECK(model.cache().pagesRead() == pages);
}

TEST_CASE("the page cache reads any page the same way and forgets the far ones", "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 450);

    ContactListQuery query;
    query.search = GENERATE(QString(), QStringLiteral("株式会社"));
    query.descending = GENERATE(false, true);
    CAPTURE(query.search, query.descending);
    ContactPageCache reference(service, 1000);
    reference.reset(query);
    QList<qint64> expected;
    for (int row = 0; row < reference.rowCount(); ++row)
        expected.append(reference.row(row)->contact.id);
    REQUIRE(expected.size() > 60);

    // Pages of 10, at most 4 held: jumps into the middle, back from the end, both
    // neighbours, and rows long forgotten read again.
    ContactPageCache cache(service, 10, 4);
    cache.reset(query);
    REQUIRE(cache.rowCount() == expected.size());
    const int n = cache.rowCount();
    for (const int row : {n - 1, 35, 25, 45, 0, 11, n - 15, n / 2, 36, 1, n - 1, 34}) {
        CAPTURE(row);
        const ContactPageCache::Row *found = cache.row(row);
        REQUIRE(found);
        CHECK(found->contact.id == expected.at(row));
        CHECK(cache.pagesHeld() <= 4);
    }
    CHECK_FALSE(cache.heldRowOf(expected.at(n - 15)).has_value());
    CHECK(cache.heldRowOf(expected.at(34)) == 34);
}

TEST_CASE("the contact list model keeps Qt's model contract while filtering and sorting",
          "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 450);
    ContactListModel model(service, NameOrder::FamilyFirst);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 450);
    model.setSearch(QStringLiteral("やま"));
    CHECK(model.rowCount() == model.matchCount());
    model.setStageFilter(Stage::Cold);
    CHECK(model.rowCount() == service.count(model.query()));
    model.sort(ContactListModel::NextFollowUpColumn, Qt::AscendingOrder);
    CHECK(model.rowCount() == service.count(model.query()));
    model.setSearch(QString());
    model.setStageFilter(std::nullopt);
    CHECK(model.rowCount() == 450);
}

TEST_CASE("the count loader answers only the latest request, and a stopped count is no failure",
          "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 3000);
    ContactListLoader loader(t.db());
    QSignalSpy counted(&loader, &ContactListLoader::counted);
    QSignalSpy failed(&loader, &ContactListLoader::failed);

    ContactListQuery everyone;
    loader.count(everyone, 1);
    ContactListQuery firms;
    firms.search = QStringLiteral("株式会社");
    loader.count(firms, 2);
    ContactListQuery cold;
    cold.stage = Stage::Cold;
    loader.count(cold, 3); // replaces 2, which never runs
    REQUIRE(test::waitUntil([&] { return counted.count() == 2; }));
    QTest::qWait(50);
    CHECK(failed.isEmpty());
    REQUIRE(counted.count() == 2);
    CHECK(counted.at(0).at(0).toULongLong() == 1); // everyone runs to the end
    CHECK(counted.at(0).at(1).toLongLong() == 3000);
    CHECK(counted.at(1).at(0).toULongLong() == 3);
    CHECK(counted.at(1).at(1).toLongLong() == service.count(cold));

    // A running search count is stopped by the next request (or, when it ended first, is
    // answered and then ignored by its stale ticket); the last is answered.
    counted.clear();
    loader.count(firms, 4);
    loader.count(cold, 5);
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty() && counted.last().at(0) == 5; }));
    QTest::qWait(50);
    CHECK(failed.isEmpty());
    CHECK(counted.count() <= 2);
    CHECK(counted.last().at(1).toLongLong() == service.count(cold));

    // Cancelled: the waiting request never runs, the running one ends without a word of
    // failure (or with its count, when it was done first). On a busy machine 6 may be done
    // before 7 is asked for, and 7 then runs at once instead of waiting (the ASan build beside
    // a database copy did so): then it is the running one, and may be done before the cancel
    // too: then its count is right.
    counted.clear();
    loader.count(firms, 6);
    loader.count(cold, 7);
    loader.cancel();
    QTest::qWait(300);
    CHECK(failed.isEmpty());
    for (const QList<QVariant> &answer : std::as_const(counted)) {
        const quint64 ticket = answer.at(0).toULongLong();
        CHECK((ticket == 6 || ticket == 7));
        if (ticket == 7)
            CHECK(answer.at(1).toLongLong() == service.count(cold));
    }
}

TEST_CASE("a list started with the count to follow shows its first page and then everyone",
          "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 450);
    ContactListModel model(service, NameOrder::FamilyFirst, nullptr,
                           ContactListModel::Counting::Later);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.isCounting());
    CHECK(model.rowCount() == ContactListModel::kPageSize);
    CHECK(model.totalCount() == 0); // not known yet
    CHECK(model.idAt(0) != 0);

    REQUIRE(test::waitUntil([&] { return !model.isCounting(); }));
    CHECK(model.rowCount() == 450);
    CHECK(model.totalCount() == 450);
    CHECK(model.idAt(449) != 0);

    // A small list is whole with its first page.
    test::TestDatabase small;
    ContactService few(small.db(), nullptr);
    test::addDemoContacts(few, 12);
    ContactListModel whole(few, NameOrder::FamilyFirst, nullptr, ContactListModel::Counting::Later);
    CHECK_FALSE(whole.isCounting());
    CHECK(whole.rowCount() == 12);
    CHECK(whole.totalCount() == 12);
}

TEST_CASE("a search matching more than a page shows that page at once and its count follows",
          "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 100);
    QList<Contact> firm;
    for (int i = 0; i < 250; ++i)
        firm.append(ContactBuilder()
                        .name(QStringLiteral("絆"), QStringLiteral("社員%1").arg(i))
                        .kana(QStringLiteral("きずな"), QStringLiteral("しゃいん"))
                        .company(QStringLiteral("絆テスト商事")));
    service.addAll(firm);
    ContactListModel model(service, NameOrder::FamilyFirst);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &ContactListModel::countsChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.setSearch(QStringLiteral("絆テスト"));
    CHECK(model.isCounting());
    CHECK(model.rowCount() == ContactListModel::kPageSize);
    CHECK(model.cache().pagesRead() == 1);
    CHECK(model.contactAt(0).company == QStringLiteral("絆テスト商事"));
    CHECK(counts.count() == 1);

    REQUIRE(test::waitUntil([&] { return !model.isCounting(); }));
    CHECK(model.rowCount() == 250);
    CHECK(model.matchCount() == 250);
    CHECK(model.totalCount() == 350);
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.first().at(1).toInt() == ContactListModel::kPageSize);
    CHECK(inserted.first().at(2).toInt() == 249);
    CHECK(counts.count() == 2);
    CHECK(model.contactAt(249).company == QStringLiteral("絆テスト商事"));
    CHECK(model.idAt(250) == 0);

    // A count that arrives after the search changed again is not this list's.
    inserted.clear();
    model.setSearch(QStringLiteral("絆テスト商"));
    REQUIRE(model.isCounting());
    model.setSearch(QStringLiteral("社員12"));
    const int narrowed = model.rowCount();
    CHECK_FALSE(model.isCounting());
    CHECK(narrowed == 11); // 社員12 and 社員120 to 社員129
    QTest::qWait(300);
    CHECK(model.rowCount() == narrowed);
    CHECK(inserted.isEmpty());

    // Everyone again is the count taken before the search, not counted anew.
    model.setSearch(QString());
    CHECK_FALSE(model.isCounting());
    CHECK(model.rowCount() == 350);
}

TEST_CASE("search and stage filter run in SQL and update the counts", "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 120);
    const qint64 taro = service.add(ContactBuilder()
                                        .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                                        .kana(QStringLiteral("やまだ"), QStringLiteral("たろう"))
                                        .company(QStringLiteral("株式会社絆テスト"))
                                        .stage(Stage::Hot));
    ContactListModel model(service, NameOrder::FamilyFirst);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counts(&model, &ContactListModel::countsChanged);

    model.setSearch(QStringLiteral("絆テスト"));
    CHECK(counts.count() == 1);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.contactAt(0).id == taro);
    CHECK(model.index(0, ContactListModel::NameColumn).data().toString() ==
          QStringLiteral("山田 太郎"));
    CHECK(model.index(0, ContactListModel::ReadingColumn).data().toString() ==
          QStringLiteral("やまだ たろう"));
    CHECK(model.index(0, 0).data(ContactListModel::IdRole).toLongLong() == taro);
    CHECK(model.matchCount() == 1);
    CHECK(model.totalCount() == 121);
    CHECK(model.isFiltered());

    model.setSearch(QString());
    model.setStageFilter(Stage::Hot);
    CHECK(model.matchCount() > 1);
    CHECK(model.matchCount() < 121);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.contactAt(row).stage == Stage::Hot);
    CHECK(model.index(0, ContactListModel::StageColumn).data(Qt::BackgroundRole).isValid());

    model.setSearch(QStringLiteral("ﾔﾏﾀﾞ"));
    REQUIRE(model.rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row)
        found = found || model.contactAt(row).id == taro;
    CHECK(found);
}

TEST_CASE("a guessed reading is marked in the list", "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    Contact guessed = ContactBuilder().name(QStringLiteral("東海林"), QStringLiteral("誠"));
    guessed.familyKana = QStringLiteral("しょうじ");
    guessed.givenKana = QStringLiteral("まこと");
    guessed.readingGuessed = true;
    service.add(guessed);
    ContactListModel model(service, NameOrder::FamilyFirst);
    REQUIRE(model.rowCount() == 1);
    CHECK(
        model.index(0, ContactListModel::ReadingColumn).data(Qt::FontRole).value<QFont>().italic());
    CHECK_FALSE(
        model.index(0, ContactListModel::ReadingColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

TEST_CASE("sorting by a column orders the whole list in SQL", "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 450);
    ContactListModel model(service, NameOrder::FamilyFirst);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.sort(ContactListModel::ScoreColumn, Qt::DescendingOrder);
    REQUIRE(model.rowCount() == 450);
    int previous = 101;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int score = model.index(row, ContactListModel::ScoreColumn).data().toInt();
        CHECK(score <= previous);
        previous = score;
    }
    CHECK(model.contactAt(0).score > model.contactAt(449).score);

    model.setStageFilter(Stage::Warm);
    CHECK(model.query().sort == ContactSort::Score);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.contactAt(row).stage == Stage::Warm);

    model.setStageFilter(std::nullopt);
    model.sort(ContactListModel::StageColumn, Qt::AscendingOrder);
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(static_cast<int>(model.contactAt(row - 1).stage) <=
              static_cast<int>(model.contactAt(row).stage));

    // Both name columns sort by reading.
    model.sort(ContactListModel::NameColumn, Qt::DescendingOrder);
    CHECK(model.query().sort == ContactSort::Reading);
    const qint64 lastByReading = model.idAt(0);
    model.sort(ContactListModel::ReadingColumn, Qt::AscendingOrder);
    CHECK(model.idAt(449) == lastByReading);
}

TEST_CASE("the list shows the next follow-up, overdue in red, and the last touch", "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    service.setToday(QDate(2026, 12, 5));
    const qint64 taro = service.add(ContactBuilder()
                                        .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                                        .kana(QStringLiteral("やまだ"), QStringLiteral("たろう")));
    FollowUpService followUps(t.db(), service.today());
    FollowUp due;
    due.contactId = taro;
    due.dueOn = QDate(2026, 12, 1);
    followUps.add(due);
    ContactListModel model(service, NameOrder::FamilyFirst);
    REQUIRE(model.rowCount() == 1);

    const QModelIndex next = model.index(0, ContactListModel::NextFollowUpColumn);
    CHECK(next.data().toString() == DateFormat::shortDate(QDate(2026, 12, 1), QLocale()));
    CHECK(next.data(Qt::ForegroundRole).value<QColor>() == ThemeColours::negative(QPalette()));
    CHECK(next.data(Qt::ToolTipRole)
              .toString()
              .contains(DateFormat::longDate(QDate(2026, 12, 1), QLocale())));
    CHECK(model.index(0, ContactListModel::LastTouchColumn).data().toString().isEmpty());
    CHECK(model.index(0, ContactListModel::ScoreColumn).data().toInt() == service.get(taro).score);
}

TEST_CASE("a page that cannot be read says why once and shows nothing for it", "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 450);
    ContactListModel model(service, NameOrder::FamilyFirst);
    QSignalSpy failures(&model, &ContactListModel::fetchFailed);
    REQUIRE(model.idAt(0) != 0);

    // Any read of the list now fails in SQL, as a damaged file would.
    t.db().execute(QStringLiteral("ALTER TABLE contacts RENAME TO contacts_gone"));
    CHECK(model.idAt(300) == 0);
    CHECK_FALSE(model.index(300, ContactListModel::NameColumn).data().isValid());
    CHECK(model.idAt(0) != 0); // the page held before still shows
    CHECK(model.rowCount() == 450);
    REQUIRE(failures.count() == 1);
    CHECK_FALSE(failures.at(0).at(0).toString().isEmpty());
}
