#include "funnel/funnelstatistics.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "leadhistory.h"
#include "nurture/dealservice.h"
#include "nurture/stageservice.h"
#include "storage/sourcerepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::addLead;
using test::ContactBuilder;

namespace {

const QDate kToday(2026, 11, 24);

const FunnelStage &stageOf(const Funnel &funnel, Stage stage)
{
    return funnel.stages.at(static_cast<int>(stage));
}

qint64 addSource(Database &db, const QString &name, qint64 cost)
{
    Source source;
    source.name = name;
    source.kind = SourceKind::TradeShow;
    source.cost = cost;
    Transaction transaction(db);
    const qint64 id = SourceRepository(db).add(source);
    transaction.commit();
    return id;
}

} // namespace

TEST_CASE("the funnel counts the stages reached from the history, skipped ones included",
          "[funnel]")
{
    test::TestDatabase t;
    const QDate jan(2026, 1, 10);
    // Cold only; cold → warm → hot; cold → hot (skips warm); cold → warm → lost → hot
    // (revived); cold → warm → hot → customer → loyal; cold → lost.
    addLead(t.db(), jan, {});
    addLead(t.db(), jan, {{QDate(2026, 1, 20), Stage::Warm}, {QDate(2026, 2, 9), Stage::Hot}});
    addLead(t.db(), jan, {{QDate(2026, 1, 15), Stage::Hot}});
    addLead(t.db(), jan,
            {{QDate(2026, 1, 30), Stage::Warm},
             {QDate(2026, 3, 1), Stage::Lost},
             {QDate(2026, 6, 1), Stage::Hot}});
    addLead(t.db(), jan,
            {{QDate(2026, 1, 11), Stage::Warm},
             {QDate(2026, 1, 21), Stage::Hot},
             {QDate(2026, 2, 1), Stage::Customer},
             {QDate(2026, 5, 1), Stage::Loyal}});
    addLead(t.db(), jan, {{QDate(2026, 2, 1), Stage::Lost}});

    const Funnel funnel = FunnelStatistics(t.db(), kToday).compute({});
    CHECK(funnel.leads == 6);
    CHECK(funnel.filter.to == kToday);
    REQUIRE(funnel.stages.size() == 5);
    CHECK(stageOf(funnel, Stage::Cold).reached == 6);
    CHECK(stageOf(funnel, Stage::Warm).reached == 4); // the jump to hot passed warm
    CHECK(stageOf(funnel, Stage::Hot).reached == 4);  // revived from lost to hot counts
    CHECK(stageOf(funnel, Stage::Customer).reached == 1);
    CHECK(stageOf(funnel, Stage::Loyal).reached == 1);

    CHECK(stageOf(funnel, Stage::Cold).current == 1);
    CHECK(stageOf(funnel, Stage::Warm).current == 0);
    CHECK(stageOf(funnel, Stage::Hot).current == 3);
    CHECK(stageOf(funnel, Stage::Loyal).current == 1);
    CHECK(funnel.lostNow == 1);

    CHECK(stageOf(funnel, Stage::Cold).conversionToNext == Approx(4.0 / 6.0));
    CHECK(stageOf(funnel, Stage::Warm).conversionToNext == Approx(1.0));
    CHECK(stageOf(funnel, Stage::Hot).conversionToNext == Approx(0.25));
    CHECK_FALSE(stageOf(funnel, Stage::Loyal).conversionToNext.has_value());

    // Lost from cold once, from warm once (the revived lead).
    CHECK(stageOf(funnel, Stage::Cold).lost == 1);
    CHECK(stageOf(funnel, Stage::Warm).lost == 1);
    CHECK(stageOf(funnel, Stage::Hot).lost == 0);

    // Stays in cold that ended: 10, 5, 20, 1 and 22 days: the median is 10.
    CHECK(stageOf(funnel, Stage::Cold).medianDays == Approx(10.0));
    // Stays in warm: 20, 30 and 10 days.
    CHECK(stageOf(funnel, Stage::Warm).medianDays == Approx(20.0));
    // Stays in hot: 11 days (to customer); the others have not ended.
    CHECK(stageOf(funnel, Stage::Hot).medianDays == Approx(11.0));
    // Customer for 89 days before loyal.
    CHECK(stageOf(funnel, Stage::Customer).medianDays == Approx(89.0));
    CHECK_FALSE(stageOf(funnel, Stage::Loyal).medianDays.has_value());
}

TEST_CASE("a funnel for a past period sees the history as it stood then", "[funnel]")
{
    test::TestDatabase t;
    addLead(t.db(), QDate(2025, 12, 20), {{QDate(2026, 1, 5), Stage::Warm}}); // entered before
    const qint64 later =
        addLead(t.db(), QDate(2026, 1, 10),
                {{QDate(2026, 1, 20), Stage::Warm}, {QDate(2026, 3, 2), Stage::Customer}});
    const qint64 lost = addLead(t.db(), QDate(2026, 1, 31), {{QDate(2026, 2, 10), Stage::Lost}});
    addLead(t.db(), QDate(2026, 2, 1), {}); // entered after

    FunnelFilter january;
    january.from = QDate(2026, 1, 1);
    january.to = QDate(2026, 1, 31);
    Funnel funnel = FunnelStatistics(t.db(), kToday).compute(january);
    CHECK(funnel.leads == 2);
    CHECK(stageOf(funnel, Stage::Warm).reached == 1);
    CHECK(stageOf(funnel, Stage::Customer).reached == 0); // that came in March
    CHECK(stageOf(funnel, Stage::Warm).current == 1);
    CHECK(stageOf(funnel, Stage::Cold).current == 1);
    CHECK(funnel.lostNow == 0); // lost only in February
    CHECK_FALSE(stageOf(funnel, Stage::Warm).medianDays.has_value());

    // The same leads seen from today: one customer, one lost.
    FunnelFilter sinceJanuary;
    sinceJanuary.from = QDate(2026, 1, 1);
    funnel = FunnelStatistics(t.db(), kToday).compute(sinceJanuary);
    CHECK(funnel.leads == 3); // the one that entered in February counts now
    CHECK(stageOf(funnel, Stage::Customer).reached == 1);
    CHECK(funnel.lostNow == 1);
    CHECK(stageOf(funnel, Stage::Cold).lost == 1);

    // Erased: gone from every count. In the trash: left out as well.
    ContactService(t.db(), nullptr).erase(later);
    funnel = FunnelStatistics(t.db(), kToday).compute(sinceJanuary);
    CHECK(funnel.leads == 2);
    CHECK(stageOf(funnel, Stage::Customer).reached == 0);
    CHECK(stageOf(funnel, Stage::Warm).reached == 0);
    ContactService(t.db(), nullptr).moveToTrash(lost);
    funnel = FunnelStatistics(t.db(), kToday).compute(sinceJanuary);
    CHECK(funnel.leads == 1);
    CHECK(funnel.lostNow == 0);
}

TEST_CASE("per source the funnel shows leads, customers, revenue, cost and ROI", "[funnel]")
{
    test::TestDatabase t;
    const QString show = QStringLiteral("産業交流展2026");
    const QString seminar = QStringLiteral("経営セミナー");
    addSource(t.db(), show, 300000);
    addSource(t.db(), seminar, 100000);
    const QDate day(2026, 9, 1);
    const qint64 a = addLead(t.db(), day, {{QDate(2026, 9, 10), Stage::Hot}},
                             ContactBuilder().source(show).tags({QStringLiteral("VIP")}));
    const qint64 b =
        addLead(t.db(), day, {{QDate(2026, 9, 12), Stage::Warm}}, ContactBuilder().source(show));
    addLead(t.db(), QDate(2026, 10, 3), {}, ContactBuilder().source(show));
    addLead(t.db(), QDate(2026, 10, 5), {}, ContactBuilder().source(seminar));
    addLead(t.db(), QDate(2026, 10, 6), {});

    // a wins 1,200,000 and then 300,000 (loyal); b's deal is lost.
    DealService deals(t.db(), QDate(2026, 10, 1));
    Deal d;
    d.contactId = a;
    d.title = QStringLiteral("検査装置");
    d.amount = 1200000;
    deals.win(deals.add(d));
    d.title = QStringLiteral("保守契約");
    d.amount = 300000;
    deals.win(deals.add(d));
    d.contactId = b;
    d.title = QStringLiteral("見積");
    d.amount = 500000;
    deals.lose(deals.add(d));

    const Funnel funnel = FunnelStatistics(t.db(), kToday).compute({});
    REQUIRE(funnel.sources.size() == 3);
    const SourceStats &first = funnel.sources.at(0); // most revenue first
    CHECK(first.name == show);
    CHECK(first.leads == 3);
    CHECK(first.customers == 1);
    CHECK(first.revenue == 1500000);
    CHECK(first.cost == 300000);
    CHECK(first.costPerCustomer() == Approx(300000.0));
    CHECK(first.roi() == Approx(4.0)); // (1,500,000 − 300,000) / 300,000
    CHECK(funnel.sources.at(1).name == seminar);
    CHECK(funnel.sources.at(1).customers == 0);
    CHECK(funnel.sources.at(1).roi() == Approx(-1.0));
    CHECK(funnel.sources.at(2).sourceId == 0); // no source, last
    CHECK_FALSE(funnel.sources.at(2).roi().has_value());

    // Cohorts by month of entry: September 2 leads (1 customer now), October 3 (none).
    REQUIRE(funnel.cohorts.size() == 2);
    CHECK(funnel.cohorts.at(0).month == QDate(2026, 9, 1));
    CHECK(funnel.cohorts.at(0).leads == 2);
    CHECK(funnel.cohorts.at(0).customers == 1);
    CHECK(funnel.cohorts.at(1).month == QDate(2026, 10, 1));
    CHECK(funnel.cohorts.at(1).leads == 3);
    CHECK(funnel.cohorts.at(1).customers == 0);

    // Filters: one source, one tag.
    FunnelFilter bySource;
    bySource.source = show;
    CHECK(FunnelStatistics(t.db(), kToday).compute(bySource).leads == 3);
    FunnelFilter byTag;
    byTag.tag = QStringLiteral("vip");
    const Funnel vip = FunnelStatistics(t.db(), kToday).compute(byTag);
    CHECK(vip.leads == 1);
    CHECK(stageOf(vip, Stage::Loyal).reached == 1);

    // Before the deals were won, the same source had no customer and no revenue.
    FunnelFilter september;
    september.to = QDate(2026, 9, 30);
    const Funnel early = FunnelStatistics(t.db(), kToday).compute(september);
    REQUIRE(early.sources.size() == 1);
    CHECK(early.sources.at(0).customers == 0);
    CHECK(early.sources.at(0).revenue == 0);
}

TEST_CASE("a funnel kept across changes sees every change, from this program or another",
          "[funnel]")
{
    test::TestDatabase t;
    const QDate day(2026, 10, 1);
    const qint64 a = addLead(t.db(), day, {{QDate(2026, 10, 5), Stage::Warm}});
    addLead(t.db(), day, {});
    const FunnelStatistics statistics(t.db(), kToday);
    CHECK(stageOf(statistics.compute({}), Stage::Warm).reached == 1);
    CHECK(stageOf(statistics.compute({}), Stage::Hot).reached == 0); // asked again: the same

    // A step through this connection.
    StageService(t.db(), QDate(2026, 10, 9)).set({a}, Stage::Hot, {});
    Funnel funnel = statistics.compute({});
    CHECK(stageOf(funnel, Stage::Hot).reached == 1);
    CHECK(stageOf(funnel, Stage::Warm).medianDays == Approx(4.0));

    // A new lead written by another program on the same file.
    {
        Database other(t.path());
        addLead(other, QDate(2026, 10, 2), {{QDate(2026, 10, 3), Stage::Customer}});
    }
    funnel = statistics.compute({});
    CHECK(funnel.leads == 3);
    CHECK(stageOf(funnel, Stage::Customer).reached == 1);

    // A lead in the trash leaves the funnel.
    ContactService(t.db(), nullptr).moveToTrash(a);
    funnel = statistics.compute({});
    CHECK(funnel.leads == 2);
    CHECK(stageOf(funnel, Stage::Hot).reached == 1); // the other program's customer
    CHECK_FALSE(stageOf(funnel, Stage::Warm).medianDays.has_value());
}
