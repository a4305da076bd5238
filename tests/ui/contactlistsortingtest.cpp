#include "contactlistloader.h"
#include "contactlistmodel.h"
#include "contacts/contactservice.h"
#include "democontacts.h"
#include "testdatabase.h"

#include "qtcatch.h"
#include "waituntil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace kizuna;

namespace {

QList<qint64> rowsOf(const ContactListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

} // namespace

TEST_CASE("the list loader orders a query's matches on the worker", "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 300, 5);
    ContactListLoader loader(t.db());
    QSignalSpy ordered(&loader, &ContactListLoader::ordered);
    QSignalSpy failed(&loader, &ContactListLoader::failed);

    ContactListQuery byScore;
    byScore.sort = ContactSort::Score;
    byScore.descending = true;
    ContactListQuery byCompany;
    byCompany.sort = ContactSort::Company;
    byCompany.stage = Stage::Cold;
    loader.order(byScore, 1);
    loader.order(byCompany, 2); // the first is stopped or answered, the second answered
    REQUIRE(test::waitUntil(
        [&] { return !ordered.isEmpty() && ordered.last().at(0).toULongLong() == 2; }));
    CHECK(failed.isEmpty());
    CHECK(ordered.last().at(1).value<QList<qint64>>() == service.orderedIds(byCompany));
    for (const QList<QVariant> &answer : std::as_const(ordered)) {
        if (answer.at(0).toULongLong() == 1)
            CHECK(answer.at(1).value<QList<qint64>>() == service.orderedIds(byScore));
    }
}

TEST_CASE("a long list sorted by a column shows reading order until the worker's order comes",
          "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 240, 5);
    ContactListModel model(service, NameOrder::FamilyFirst);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOrderedAtOnceAtMost(100);
    const QList<qint64> byReading = rowsOf(model);
    REQUIRE(byReading.size() == 240);

    ContactListQuery byScore;
    byScore.sort = ContactSort::Score;
    byScore.descending = true;
    QSignalSpy counts(&model, &ContactListModel::countsChanged);
    model.sort(ContactListModel::ScoreColumn, Qt::DescendingOrder);
    // At once: the same people, in reading order, and the model says it is sorting.
    CHECK(model.isSorting());
    CHECK(model.query().sort == ContactSort::Score);
    CHECK(model.rowCount() == 240);
    CHECK(model.idAt(0) == byReading.first());
    CHECK(model.idAt(239) == byReading.last());

    REQUIRE(test::waitUntil([&] { return !model.isSorting(); }));
    CHECK(rowsOf(model) == service.orderedIds(byScore));
    CHECK(model.totalCount() == 240);
    CHECK_FALSE(counts.isEmpty());

    SECTION("a search with few matches is ordered at once")
    {
        const Contact first = service.get(byReading.first());
        model.setSearch(first.familyName + first.givenName);
        const qint64 matches = service.count(model.query());
        REQUIRE(matches >= 1);
        REQUIRE(matches <= 100);
        CHECK_FALSE(model.isSorting());
        CHECK(model.rowCount() == matches);
        CHECK(rowsOf(model) == service.orderedIds(model.query()));
    }
    SECTION("a change made while the worker sorts replaces its answer")
    {
        model.sort(ContactListModel::CompanyColumn, Qt::AscendingOrder);
        REQUIRE(model.isSorting());
        model.sort(ContactListModel::StageColumn, Qt::AscendingOrder);
        REQUIRE(model.isSorting());
        REQUIRE(test::waitUntil([&] { return !model.isSorting(); }));
        QTest::qWait(50); // an answer for the company order, if any, would have come by now
        ContactListQuery byStage;
        byStage.sort = ContactSort::Stage;
        CHECK(rowsOf(model) == service.orderedIds(byStage));
        CHECK(model.query().sort == ContactSort::Stage);
    }
    SECTION("back to the name: reading order at once")
    {
        model.sort(ContactListModel::NameColumn, Qt::AscendingOrder);
        CHECK_FALSE(model.isSorting());
        CHECK(rowsOf(model) == byReading);
    }
}
