#include "settingsdialog.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "nurture/nurturesettingsservice.h"
#include "storage/backupservice.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>

using namespace kizuna;
using test::ContactBuilder;

TEST_CASE("the settings dialog shows and saves the rules, the backups and the language",
          "[gui][settings]")
{
    test::TestDatabase t;
    const QDate today(2026, 11, 24);
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(today);
    const qint64 hot = contacts.add(ContactBuilder().stage(Stage::Hot));
    const int scoreBefore = contacts.get(hot).score;
    QSettings().remove(SettingsDialog::kLanguageKey);

    SettingsDialog dialog(t.db(), t.path(), today);
    REQUIRE(dialog.cadenceBox(Stage::Warm)->value() == 30);
    REQUIRE(dialog.weightBox(QStringLiteral("score.stage_hot"))->value() == 20);
    REQUIRE(dialog.skipWeekendsBox()->isChecked());
    REQUIRE(dialog.keepBox()->value() == BackupService::kDefaultKeep);
    CHECK(dialog.languageBox()->currentData().toString().isEmpty());

    dialog.cadenceBox(Stage::Warm)->setValue(14);
    dialog.weightBox(QStringLiteral("score.stage_hot"))->setValue(40);
    dialog.skipWeekendsBox()->setChecked(false);
    dialog.keepBox()->setValue(3);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    const NurtureSettings saved = NurtureSettingsService(t.db(), today).load();
    CHECK(saved.cadenceFor(Stage::Warm) == 14);
    CHECK(saved.weights.stageHot == 40);
    CHECK_FALSE(saved.skipWeekends);
    CHECK(BackupService(t.db()).keepCount() == 3);
    CHECK(QSettings().value(SettingsDialog::kLanguageKey).toString() == QStringLiteral("en"));
    // New weights are in every score at once.
    CHECK(contacts.get(hot).score == std::min(100, scoreBefore + 20));

    SECTION("the defaults button puts the documented values back in the fields")
    {
        SettingsDialog again(t.db(), t.path(), today);
        CHECK(again.cadenceBox(Stage::Warm)->value() == 14);
        CHECK(again.settings().cadenceFor(Stage::Warm) == 14);
    }
    QSettings().remove(SettingsDialog::kLanguageKey);
}
