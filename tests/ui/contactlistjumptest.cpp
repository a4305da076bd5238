#include "contactlistmodel.h"
#include "contacts/contactservice.h"
#include "democontacts.h"
#include "testdatabase.h"

#include "qtcatch.h"
#include "waituntil.h"

#include <QAbstractItemModelTester>

using namespace kizuna;

TEST_CASE("a long list gets anchors, and a jump into its middle reads the same rows from one",
          "[gui][model]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    test::addDemoContacts(service, 300, 7);
    ContactListModel model(service, NameOrder::FamilyFirst);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<qint64> expected;
    for (int row = 0; row < model.rowCount(); ++row)
        expected.append(model.idAt(row));
    REQUIRE(expected.size() == 300);
    CHECK_FALSE(model.cache().hasAnchors()); // 300 is short at the default

    model.setAnchoring(100, 16);
    model.reload();
    REQUIRE(test::waitUntil([&] { return model.cache().hasAnchors(); }));
    CHECK(model.cache().pagesHeld() <= 1); // the first, which the model tester looks at
    // Each row is far from any page held and from both ends: read from an anchor.
    for (const int row : {150, 40, 260, 100, 199, 57})
        CHECK(model.idAt(row) == expected.at(row));
    for (int row = 0; row < 300; ++row)
        REQUIRE(model.idAt(row) == expected.at(row));

    SECTION("a search drops them; everyone's come back with the search cleared")
    {
        model.setSearch(QStringLiteral("株式会社"));
        CHECK_FALSE(model.cache().hasAnchors());
        model.setSearch(QString());
        CHECK(model.cache().hasAnchors());
        CHECK(model.idAt(150) == expected.at(150));
    }
    SECTION("a sort on the worker keeps them for the reading order shown meanwhile")
    {
        model.setOrderedAtOnceAtMost(100);
        model.sort(ContactListModel::ScoreColumn, Qt::DescendingOrder);
        REQUIRE(model.isSorting());
        CHECK(model.cache().hasAnchors());
        CHECK(model.idAt(150) == expected.at(150));
        REQUIRE(test::waitUntil([&] { return !model.isSorting(); }));
        CHECK_FALSE(model.cache().hasAnchors()); // ordered by id now
    }
    SECTION("descending keeps to the ends")
    {
        model.sort(ContactListModel::NameColumn, Qt::DescendingOrder);
        CHECK_FALSE(model.cache().hasAnchors());
        CHECK(model.idAt(150) == expected.at(149));
    }
}
