#include "nurture/stageservice.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "storage/stagehistoryrepository.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

TEST_CASE("every stage change is kept with its day, previous stage and note", "[nurture][stage]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(QDate(2026, 3, 2));
    Contact card = ContactBuilder();
    card.cardExchangedOn = QDate(2026, 3, 1);
    const qint64 id = contacts.add(card);

    CHECK(StageService(t.db(), QDate(2026, 4, 10))
              .set({id}, Stage::Warm, QStringLiteral("資料請求")) == 1);
    CHECK(StageService(t.db(), QDate(2026, 5, 20)).set({id}, Stage::Lost, {}) == 1);
    // Revived from lost straight to hot.
    CHECK(StageService(t.db(), QDate(2026, 9, 1)).set({id}, Stage::Hot, QStringLiteral("再検討")) ==
          1);
    // Setting the stage it already has records nothing.
    CHECK(StageService(t.db(), QDate(2026, 9, 2)).set({id}, Stage::Hot, {}) == 0);

    const QList<StageChange> history = StageService(t.db(), QDate(2026, 9, 2)).history(id);
    REQUIRE(history.size() == 4);
    CHECK_FALSE(history.at(0).from.has_value());
    CHECK(history.at(0).to == Stage::Cold);
    CHECK(history.at(0).changedOn == QDate(2026, 3, 1)); // the day the card was exchanged
    CHECK(history.at(1).from == Stage::Cold);
    CHECK(history.at(1).to == Stage::Warm);
    CHECK(history.at(1).changedOn == QDate(2026, 4, 10));
    CHECK(history.at(1).note == QStringLiteral("資料請求"));
    CHECK(history.at(2).to == Stage::Lost);
    CHECK(history.at(3).from == Stage::Lost);
    CHECK(history.at(3).to == Stage::Hot);
    CHECK(contacts.get(id).stage == Stage::Hot);

    // The stage on any past day comes from the history.
    StageHistoryRepository stages(t.db());
    CHECK_FALSE(stages.stageOn(id, QDate(2026, 2, 28)).has_value());
    CHECK(stages.stageOn(id, QDate(2026, 3, 1)) == Stage::Cold);
    CHECK(stages.stageOn(id, QDate(2026, 4, 30)) == Stage::Warm);
    CHECK(stages.stageOn(id, QDate(2026, 6, 1)) == Stage::Lost);
    CHECK(stages.stageOn(id, QDate(2026, 12, 31)) == Stage::Hot);
}

TEST_CASE("many contacts change stage in one step, or none do", "[nurture][stage]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    const QList<qint64> ids = contacts.addAll(
        {ContactBuilder().name(QStringLiteral("山田"), QStringLiteral("太郎")),
         ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子")),
         ContactBuilder().name(QStringLiteral("鈴木"), QStringLiteral("一郎")).stage(Stage::Warm)});
    StageService stages(t.db(), QDate(2026, 11, 24));
    CHECK(stages.set(ids, Stage::Warm, QStringLiteral("セミナー参加")) == 2);
    for (qint64 id : ids)
        CHECK(contacts.get(id).stage == Stage::Warm);

    // An unknown id in the list: nobody moves.
    CHECK_THROWS_AS(stages.set({ids.at(0), 9999}, Stage::Hot, {}), StorageError);
    CHECK(contacts.get(ids.at(0)).stage == Stage::Warm);
    CHECK(stages.history(ids.at(0)).size() == 2);

    CHECK_THROWS_AS(stages.set({ids.at(0)}, Stage::Hot, {}, QDate(2026, 12, 1)), ValidationError);
}

TEST_CASE("editing a contact's stage is recorded like any stage change", "[nurture][stage]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(QDate(2026, 11, 20));
    const qint64 id = contacts.add(ContactBuilder());
    Contact c = contacts.get(id);
    c.stage = Stage::Hot;
    contacts.setToday(QDate(2026, 11, 24));
    contacts.update(c);
    const QList<StageChange> history = StageService(t.db(), QDate(2026, 11, 24)).history(id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).from == Stage::Cold);
    CHECK(history.at(1).to == Stage::Hot);
    CHECK(history.at(1).changedOn == QDate(2026, 11, 24));
    CHECK(contacts.get(id).detailsConfirmedAt.date() == QDate(2026, 11, 24));
}

TEST_CASE("a stage change is taken back without a trace in the history", "[nurture][stage][undo]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(QDate(2026, 3, 2));
    const qint64 id = contacts.add(ContactBuilder().stage(Stage::Warm));
    StageService stages(t.db(), QDate(2026, 3, 2));
    const int stepsBefore = int(stages.history(id).size());

    REQUIRE(stages.set({id}, Stage::Customer, {}) == 1);
    stages.undoChange(id, Stage::Warm, Stage::Customer);
    CHECK(contacts.get(id).stage == Stage::Warm);
    // The funnel and the sources' win counts read the history: no customer is left in it.
    const QList<StageChange> history = stages.history(id);
    CHECK(history.size() == stepsBefore);
    CHECK(history.last().to == Stage::Warm);

    SECTION("a later move by someone else stands")
    {
        REQUIRE(stages.set({id}, Stage::Hot, {}) == 1);
        Database other(t.path());
        StageService(other, QDate(2026, 3, 2)).set({id}, Stage::Lost, {});
        CHECK_THROWS_MATCHES(stages.undoChange(id, Stage::Warm, Stage::Hot), StorageError,
                             Catch::Predicate<StorageError>([](const StorageError &e) {
                                 return e.kind() == StorageError::Kind::Conflict;
                             }));
        CHECK(contacts.get(id).stage == Stage::Lost);
    }
}

TEST_CASE("a bulk stage change is taken back in one step, all or none", "[nurture][stage][undo]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(QDate(2026, 3, 2));
    const QList<qint64> ids = contacts.addAll(
        {ContactBuilder().name(QStringLiteral("山田"), QStringLiteral("太郎")),
         ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子")).stage(Stage::Warm),
         ContactBuilder().name(QStringLiteral("鈴木"), QStringLiteral("一郎")).stage(Stage::Hot)});
    StageHistoryRepository history(t.db());
    const qint64 rowsBefore = history.countAll();
    StageService stages(t.db(), QDate(2026, 3, 2));

    // The one already hot records no step.
    const QList<StageChange> steps = stages.change(ids, Stage::Hot, QStringLiteral("展示会"));
    REQUIRE(steps.size() == 2);
    CHECK(steps.at(0).contactId == ids.at(0));
    CHECK(steps.at(0).from == Stage::Cold);
    CHECK(steps.at(1).contactId == ids.at(1));
    CHECK(steps.at(1).from == Stage::Warm);
    for (const StageChange &step : steps) {
        CHECK(step.to == Stage::Hot);
        CHECK(step.changedOn == QDate(2026, 3, 2));
        CHECK(step.note == QStringLiteral("展示会"));
    }
    CHECK(history.countAll() == rowsBefore + 2);

    SECTION("undo restores each previous stage and removes exactly the added rows")
    {
        stages.undoChanges(steps);
        CHECK(contacts.get(ids.at(0)).stage == Stage::Cold);
        CHECK(contacts.get(ids.at(1)).stage == Stage::Warm);
        CHECK(contacts.get(ids.at(2)).stage == Stage::Hot);
        CHECK(history.countAll() == rowsBefore);
    }
    SECTION("one contact moved since: nothing is taken back")
    {
        Database other(t.path());
        StageService(other, QDate(2026, 3, 2)).set({ids.at(1)}, Stage::Lost, {});
        CHECK_THROWS_MATCHES(stages.undoChanges(steps), StorageError,
                             Catch::Predicate<StorageError>([](const StorageError &e) {
                                 return e.kind() == StorageError::Kind::Conflict;
                             }));
        CHECK(contacts.get(ids.at(0)).stage == Stage::Hot);
        CHECK(contacts.get(ids.at(1)).stage == Stage::Lost);
        CHECK(history.countAll() == rowsBefore + 3);
    }
}
