#include "nurture/dealservice.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "leadhistory.h"
#include "nurture/stageservice.h"
#include "storage/contactrepository.h"
#include "storage/sourcerepository.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;
using test::openDeal;

namespace {
const QDate kToday(2026, 11, 24);
} // namespace

TEST_CASE("a won deal makes a customer, a second one a loyal customer", "[nurture][deals]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(kToday);
    const qint64 id = contacts.add(ContactBuilder().stage(Stage::Hot));
    DealService deals(t.db(), kToday);
    const qint64 first = deals.add(openDeal(id, QStringLiteral("検査装置 2台"), 1200000));
    CHECK(deals.get(first).status == DealStatus::Open);
    CHECK(deals.get(first).createdOn == kToday);

    CHECK(deals.win(first) == Stage::Customer);
    CHECK(deals.get(first).status == DealStatus::Won);
    CHECK(deals.get(first).closedOn == kToday);
    CHECK(contacts.get(id).stage == Stage::Customer);
    const QList<StageChange> history = StageService(t.db(), kToday).history(id);
    CHECK(history.last().note == QStringLiteral("deal won: 検査装置 2台"));

    const qint64 second = deals.add(openDeal(id, QStringLiteral("保守契約"), 300000));
    CHECK(deals.win(second) == Stage::Loyal);
    CHECK(contacts.get(id).stage == Stage::Loyal);

    // A third win keeps a loyal customer loyal; a lost deal changes no stage.
    const qint64 third = deals.add(openDeal(id, QStringLiteral("追加"), 100000));
    CHECK_FALSE(deals.win(third).has_value());
    const qint64 fourth = deals.add(openDeal(id, QStringLiteral("増設"), 100000));
    deals.lose(fourth);
    CHECK(deals.get(fourth).status == DealStatus::Lost);
    CHECK(contacts.get(id).stage == Stage::Loyal);
    CHECK_THROWS_AS(deals.win(fourth), ValidationError);
    CHECK(deals.list(id).size() == 4);
}

TEST_CASE("the user can win a deal and keep the stage, a lost lead is won back", "[nurture][deals]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    const qint64 kept = contacts.add(ContactBuilder().stage(Stage::Warm));
    const qint64 lost = contacts.add(
        ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子")).stage(Stage::Lost));
    DealService deals(t.db(), kToday);
    CHECK_FALSE(deals.win(deals.add(openDeal(kept, QStringLiteral("試用"), 0)), true).has_value());
    CHECK(contacts.get(kept).stage == Stage::Warm);
    CHECK(deals.win(deals.add(openDeal(lost, QStringLiteral("再契約"), 50000))) == Stage::Customer);

    CHECK_THROWS_AS(deals.add(openDeal(kept, QStringLiteral(" "), 1)), ValidationError);
    CHECK_THROWS_AS(deals.add(openDeal(kept, QStringLiteral("x"), -1)), ValidationError);
    CHECK_THROWS_AS(deals.add(openDeal(9999, QStringLiteral("x"), 1)), StorageError);
}

TEST_CASE("per source: leads, customers, revenue, cost per customer and ROI",
          "[nurture][deals][sources]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    SourceRepository sources(t.db());
    Source show;
    show.name = QStringLiteral("産業交流展2026");
    show.kind = SourceKind::TradeShow;
    show.cost = 300000;
    sources.add(show);
    Source referral;
    referral.name = QStringLiteral("紹介");
    referral.kind = SourceKind::Referral;
    sources.add(referral);

    const QList<qint64> ids = contacts.addAll(
        {ContactBuilder().name(QStringLiteral("青木"), QStringLiteral("一")).source(show.name),
         ContactBuilder().name(QStringLiteral("井上"), QStringLiteral("二")).source(show.name),
         ContactBuilder().name(QStringLiteral("上田"), QStringLiteral("三")).source(show.name),
         ContactBuilder().name(QStringLiteral("江藤"), QStringLiteral("四")).source(referral.name),
         ContactBuilder().name(QStringLiteral("小野"), QStringLiteral("五"))});
    DealService deals(t.db(), kToday);
    deals.win(deals.add(openDeal(ids.at(0), QStringLiteral("A"), 500000)));
    deals.win(deals.add(openDeal(ids.at(0), QStringLiteral("B"), 200000)));
    deals.lose(deals.add(openDeal(ids.at(1), QStringLiteral("C"), 900000)));
    deals.add(openDeal(ids.at(2), QStringLiteral("D"), 100000)); // still open
    // A customer who was lost later still counts as won by this source.
    StageService(t.db(), kToday).set({ids.at(3)}, Stage::Customer, {});
    StageService(t.db(), kToday).set({ids.at(3)}, Stage::Lost, {});

    const QList<SourceStats> stats = sources.stats();
    REQUIRE(stats.size() == 3);
    const SourceStats &s = stats.at(0);
    CHECK(s.name == show.name);
    CHECK(s.kind == SourceKind::TradeShow);
    CHECK(s.leads == 3);
    CHECK(s.customers == 1);
    CHECK(s.revenue == 700000);
    CHECK(s.cost == 300000);
    CHECK(s.costPerCustomer() == Approx(300000.0));
    CHECK(s.roi() == Approx(4.0 / 3.0)); // (700,000 − 300,000) / 300,000

    const SourceStats &r = stats.at(1);
    CHECK(r.name == referral.name);
    CHECK(r.leads == 1);
    CHECK(r.customers == 1);
    CHECK(r.revenue == 0);
    CHECK_FALSE(r.roi().has_value()); // cost nothing
    CHECK(r.costPerCustomer() == Approx(0.0));

    const SourceStats &none = stats.at(2);
    CHECK(none.sourceId == 0);
    CHECK(none.name.isEmpty());
    CHECK(none.leads == 1);
    CHECK(none.customers == 0);
    CHECK_FALSE(none.costPerCustomer().has_value());
}

TEST_CASE("an open deal can be edited, a closed one stays as it was", "[nurture][deals]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    const qint64 id = contacts.add(ContactBuilder().stage(Stage::Hot));
    DealService deals(t.db(), kToday);
    const qint64 open = deals.add(openDeal(id, QStringLiteral("見積"), 100000));

    Deal changed = deals.get(open);
    changed.title = QStringLiteral(" 検査装置 3台 ");
    changed.amount = 1800000;
    changed.expectedCloseOn = QDate(2027, 1, 31);
    changed.status = DealStatus::Won; // edit changes no status
    deals.edit(changed);
    const Deal stored = deals.get(open);
    CHECK(stored.title == QStringLiteral("検査装置 3台"));
    CHECK(stored.amount == 1800000);
    CHECK(stored.expectedCloseOn == QDate(2027, 1, 31));
    CHECK(stored.status == DealStatus::Open);
    CHECK(stored.createdOn == kToday);

    changed.amount = -5;
    CHECK_THROWS_AS(deals.edit(changed), ValidationError);
    CHECK(deals.get(open).amount == 1800000);

    deals.lose(open);
    Deal late = deals.get(open);
    late.amount = 1;
    CHECK_THROWS_AS(deals.edit(late), ValidationError);
    CHECK(deals.get(open).amount == 1800000);
}
