#include "demo/demoloader.h"
#include "contacts/contactservice.h"
#include "demo/demodatagenerator.h"
#include "nurture/agenda.h"
#include "nurture/dealservice.h"
#include "nurture/stageservice.h"
#include "qtcatch.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace kizuna;

TEST_CASE("the demo gives every lead a past that leads to its stage, and work for the agenda",
          "[demo][nurture]")
{
    const QDate today(2026, 11, 24);
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    const DemoLoader::Result added = DemoLoader(t.db(), contacts, 7, today).load(120);
    CHECK(added.contacts == 120);
    CHECK(added.sources > 0);

    const DemoDataGenerator generator(7, today);
    StageService stages(t.db(), today);
    DealService deals(t.db(), today);
    int wonCustomers = 0;
    for (qint64 id = 1; id <= 120; ++id) {
        CAPTURE(id);
        const Contact stored = contacts.get(id);
        CHECK(stored.stage == generator.contact(id - 1).stage);
        const QList<StageChange> history = stages.history(id);
        REQUIRE_FALSE(history.isEmpty());
        CHECK_FALSE(history.first().from.has_value());
        CHECK(history.first().to == Stage::Cold);
        CHECK(history.last().to == stored.stage);
        for (qsizetype i = 1; i < history.size(); ++i) {
            CHECK(history.at(i - 1).changedOn <= history.at(i).changedOn);
            CHECK(history.at(i).from == history.at(i - 1).to);
            CHECK(history.at(i).changedOn <= today);
        }
        if (stored.stage == Stage::Customer || stored.stage == Stage::Loyal) {
            int won = 0;
            for (const Deal &d : deals.list(id))
                won += d.status == DealStatus::Won;
            CHECK(won >= (stored.stage == Stage::Loyal ? 2 : 1));
            ++wonCustomers;
        }
    }
    CHECK(wonCustomers > 0);

    const Agenda agenda(t.db(), today);
    CHECK_FALSE(agenda.today().isEmpty());
    CHECK_FALSE(agenda.overdue().isEmpty());
    CHECK_FALSE(agenda.dropped().isEmpty());
    CHECK_FALSE(agenda.review().isEmpty());
    CHECK(agenda.salesReady().at(0).score > 0);
}
