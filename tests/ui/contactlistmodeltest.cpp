#include "contactlistmodel.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "demo/demodatagenerator.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

using namespace kizuna;
using test::ContactBuilder;

namespace {

void addDemoContacts(ContactService &service, int count)
{
    const DemoDataGenerator generator(3, QDate(2026, 11, 24));
    QList<Contact> cards;
    for (int i = 0; i < count; ++i)
        cards.append(generator.contact(i));
    service.addAll(cards);
}

} // namespace

TEST_CASE("the contact list fetches a page at a time and never more than exists", "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    addDemoContacts(service, 450);
    ContactListModel model(service, NameOrder::FamilyFirst);

    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == ContactListModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ContactListModel::kPageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 450);

    // Keyset paging neither repeats nor skips a row at the page boundaries.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.contactAt(row).id);
    CHECK(ids.size() == 450);
}

TEST_CASE("the contact list model keeps Qt's model contract while paging and filtering",
          "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    addDemoContacts(service, 450);
    ContactListModel model(service, NameOrder::FamilyFirst);
    const auto check = [&model] {
        // A tester per state: Qt 6.4's tester runs its checks from modelReset before it
        // clears its own reset marker, so a lazy model fetching then trips it spuriously.
        // Constructed on a settled model, it fetches every page and checks each insertion.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(model.rowCount() == model.matchCount());
        CHECK_FALSE(model.canFetchMore({}));
    };
    check();
    CHECK(model.rowCount() == 450);
    model.setSearch(QStringLiteral("やま"));
    check();
    model.setStageFilter(Stage::Cold);
    check();
    model.setSearch(QString());
    model.setStageFilter(std::nullopt);
    check();
    CHECK(model.rowCount() == 450);
}

TEST_CASE("search and stage filter run in SQL and update the counts", "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    addDemoContacts(service, 120);
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

TEST_CASE("a page that cannot be read stops the fetching and says why", "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    addDemoContacts(service, 450);
    ContactListModel model(service, NameOrder::FamilyFirst);
    QSignalSpy failures(&model, &ContactListModel::fetchFailed);
    REQUIRE(model.canFetchMore({}));

    // Any read of the list now fails in SQL, as a damaged file would.
    t.db().execute(QStringLiteral("ALTER TABLE contacts RENAME TO contacts_gone"));
    model.fetchMore({});

    CHECK(model.rowCount() == ContactListModel::kPageSize);
    CHECK_FALSE(model.canFetchMore({}));
    REQUIRE(failures.count() == 1);
    CHECK_FALSE(failures.at(0).at(0).toString().isEmpty());
}
