#pragma once

#include "domain/stage.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kizuna {

class SettingsRepository;

/// Points the lead score gives for each kind of evidence. The defaults are documented in
/// docs/NURTURING.md; each is a setting named "score.<key>".
struct ScoreWeights
{
    int titleExecutive = 20; ///< 代表取締役, 社長, 取締役, CEO, President, Owner ...
    int titleSenior = 15;    ///< 部長, 本部長, 支店長, Director, VP, Head of ...
    int titleManager = 10;   ///< 課長, 室長, 店長, マネージャー, Manager ...
    int hasCompany = 5;
    int reachableEmail = 5;
    int reachablePhone = 5;
    int inboundLast30Days = 10; ///< per touch they started, last 30 days
    int inbound31To90Days = 5;  ///< per touch, 31–90 days ago
    int inbound91To365Days = 2; ///< per touch, 91–365 days ago
    int inboundCap = 30;        ///< inbound points stop here
    int perTouch = 1;           ///< per touch either way in the last year
    int touchCap = 10;
    int stageWarm = 10;
    int stageHot = 20;
    int stageCustomer = 15;
    int stageLoyal = 20;
    int stageLost = -20;
};

/// The rules nurturing follows, kept in the database's settings table: how often each
/// stage is followed up, which days are working days, when details are due for review, and
/// the score weights.
struct NurtureSettings
{
    /// Days between follow-ups per stage, counted from the last touch; 0 means no cadence.
    QMap<Stage, int> cadenceDays{{Stage::Cold, 90},      {Stage::Warm, 30},  {Stage::Hot, 7},
                                 {Stage::Customer, 180}, {Stage::Loyal, 90}, {Stage::Lost, 0}};
    bool skipWeekends = true;
    bool skipHolidays = true; ///< Japanese public holidays
    int reviewAgeMonths = 12;
    ScoreWeights weights;

    int cadenceFor(Stage stage) const { return cadenceDays.value(stage, 0); }

    /// Reads what is stored, defaults for the rest.
    static NurtureSettings load(const SettingsRepository &settings);

    /// Every setting's key with its current value as text ("cadence.warm" = "30").
    QMap<QString, QString> toMap() const;
    /// Changes one setting from text; returns the reason when the key or value is not valid.
    std::optional<QString> set(const QString &key, const QString &value);
    /// Checks a key and value and stores them; throws ValidationError.
    static void store(SettingsRepository &settings, const QString &key, const QString &value);
};

} // namespace kizuna
