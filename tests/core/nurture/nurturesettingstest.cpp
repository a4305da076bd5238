#include "nurture/nurturesettings.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "nurture/nurturesettingsservice.h"
#include "storage/settingsrepository.h"
#include "storage/storageerror.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

TEST_CASE("nurture settings have documented defaults and are kept in the database",
          "[nurture][settings]")
{
    test::TestDatabase t;
    SettingsRepository repository(t.db());
    NurtureSettings defaults = NurtureSettings::load(repository);
    CHECK(defaults.cadenceFor(Stage::Cold) == 90);
    CHECK(defaults.cadenceFor(Stage::Warm) == 30);
    CHECK(defaults.cadenceFor(Stage::Hot) == 7);
    CHECK(defaults.cadenceFor(Stage::Customer) == 180);
    CHECK(defaults.cadenceFor(Stage::Loyal) == 90);
    CHECK(defaults.cadenceFor(Stage::Lost) == 0);
    CHECK(defaults.skipWeekends);
    CHECK(defaults.skipHolidays);
    CHECK(defaults.reviewAgeMonths == 12);
    CHECK(defaults.toMap().value(QStringLiteral("score.title_executive")) == QStringLiteral("20"));

    NurtureSettings::store(repository, QStringLiteral("cadence.warm"), QStringLiteral("21"));
    NurtureSettings::store(repository, QStringLiteral("schedule.skip_weekends"),
                           QStringLiteral("No"));
    NurtureSettings::store(repository, QStringLiteral("score.stage_hot"), QStringLiteral("25"));
    NurtureSettings loaded = NurtureSettings::load(repository);
    CHECK(loaded.cadenceFor(Stage::Warm) == 21);
    CHECK_FALSE(loaded.skipWeekends);
    CHECK(loaded.weights.stageHot == 25);

    CHECK_THROWS_AS(
        NurtureSettings::store(repository, QStringLiteral("cadence.warm"), QStringLiteral("-1")),
        ValidationError);
    CHECK_THROWS_AS(
        NurtureSettings::store(repository, QStringLiteral("cadence.tepid"), QStringLiteral("5")),
        ValidationError);
    CHECK_THROWS_AS(NurtureSettings::store(repository, QStringLiteral("review.age_months"),
                                           QStringLiteral("soon")),
                    ValidationError);
    CHECK_THROWS_AS(
        NurtureSettings::store(repository, QStringLiteral("colour"), QStringLiteral("red")),
        ValidationError);
    CHECK(NurtureSettings::load(repository).cadenceFor(Stage::Warm) == 21);
}

TEST_CASE("saving the settings writes what changed and applies new weights to every score",
          "[nurture][settings]")
{
    test::TestDatabase t;
    const QDate today(2026, 11, 24);
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(today);
    const qint64 hot = contacts.add(ContactBuilder().stage(Stage::Hot));
    const int before = contacts.get(hot).score;

    NurtureSettingsService service(t.db(), today);
    NurtureSettings settings = service.load();
    CHECK(service.save(settings).isEmpty()); // nothing changed, nothing written

    settings.cadenceDays[Stage::Warm] = 14;
    settings.weights.stageHot += 30;
    CHECK(service.save(settings) ==
          QStringList{QStringLiteral("cadence.warm"), QStringLiteral("score.stage_hot")});
    CHECK(service.load().cadenceFor(Stage::Warm) == 14);
    CHECK(contacts.get(hot).score == std::min(100, before + 30));

    settings.reviewAgeMonths = 0; // out of range: nothing of this save is stored
    settings.cadenceDays[Stage::Cold] = 60;
    CHECK_THROWS_AS(service.save(settings), ValidationError);
    CHECK(service.load().cadenceFor(Stage::Cold) == 90);
}
