#include "nurturesettings.h"

#include "storage/settingsrepository.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NurtureSettings", text);
}

// Every integer setting with where it lives, so reading, writing and listing share one table.
struct IntSetting
{
    const char *key;
    int ScoreWeights::*field;
    int min;
    int max;
};

constexpr IntSetting kWeights[] = {
    {"score.title_executive", &ScoreWeights::titleExecutive, 0, 100},
    {"score.title_senior", &ScoreWeights::titleSenior, 0, 100},
    {"score.title_manager", &ScoreWeights::titleManager, 0, 100},
    {"score.has_company", &ScoreWeights::hasCompany, 0, 100},
    {"score.reachable_email", &ScoreWeights::reachableEmail, 0, 100},
    {"score.reachable_phone", &ScoreWeights::reachablePhone, 0, 100},
    {"score.inbound_30_days", &ScoreWeights::inboundLast30Days, 0, 100},
    {"score.inbound_90_days", &ScoreWeights::inbound31To90Days, 0, 100},
    {"score.inbound_365_days", &ScoreWeights::inbound91To365Days, 0, 100},
    {"score.inbound_cap", &ScoreWeights::inboundCap, 0, 100},
    {"score.per_touch", &ScoreWeights::perTouch, 0, 100},
    {"score.touch_cap", &ScoreWeights::touchCap, 0, 100},
    {"score.stage_warm", &ScoreWeights::stageWarm, -100, 100},
    {"score.stage_hot", &ScoreWeights::stageHot, -100, 100},
    {"score.stage_customer", &ScoreWeights::stageCustomer, -100, 100},
    {"score.stage_loyal", &ScoreWeights::stageLoyal, -100, 100},
    {"score.stage_lost", &ScoreWeights::stageLost, -100, 100},
};

std::optional<bool> parseBool(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes") ||
        v == QLatin1String("on"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no") ||
        v == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

NurtureSettings NurtureSettings::load(const SettingsRepository &settings)
{
    NurtureSettings result;
    const QMap<QString, QString> stored = settings.all();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        result.set(it.key(), it.value()); // a value made invalid by hand keeps its default
    return result;
}

QMap<QString, QString> NurtureSettings::toMap() const
{
    QMap<QString, QString> map;
    for (Stage stage : allStages())
        map.insert(QStringLiteral("cadence.") + stageKey(stage),
                   QString::number(cadenceFor(stage)));
    map.insert(QStringLiteral("schedule.skip_weekends"), boolText(skipWeekends));
    map.insert(QStringLiteral("schedule.skip_holidays"), boolText(skipHolidays));
    map.insert(QStringLiteral("review.age_months"), QString::number(reviewAgeMonths));
    for (const IntSetting &s : kWeights)
        map.insert(QString::fromLatin1(s.key), QString::number(weights.*(s.field)));
    return map;
}

std::optional<QString> NurtureSettings::set(const QString &key, const QString &value)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (key.startsWith(QLatin1String("cadence."))) {
        const auto stage = stageFromKey(key.mid(8));
        if (!stage)
            return tr("no stage named \"%1\"").arg(key.mid(8));
        if (!ok || number < 0 || number > 3650)
            return tr("%1 takes a number of days from 0 (no cadence) to 3650").arg(key);
        cadenceDays[*stage] = number;
        return std::nullopt;
    }
    if (key == QLatin1String("schedule.skip_weekends") ||
        key == QLatin1String("schedule.skip_holidays")) {
        const auto flag = parseBool(value);
        if (!flag)
            return tr("%1 takes true or false").arg(key);
        (key.endsWith(QLatin1String("weekends")) ? skipWeekends : skipHolidays) = *flag;
        return std::nullopt;
    }
    if (key == QLatin1String("review.age_months")) {
        if (!ok || number < 1 || number > 120)
            return tr("%1 takes a number of months from 1 to 120").arg(key);
        reviewAgeMonths = number;
        return std::nullopt;
    }
    for (const IntSetting &s : kWeights) {
        if (key != QLatin1String(s.key))
            continue;
        if (!ok || number < s.min || number > s.max)
            return tr("%1 takes a number from %2 to %3").arg(key).arg(s.min).arg(s.max);
        weights.*(s.field) = number;
        return std::nullopt;
    }
    return tr("there is no setting \"%1\"").arg(key);
}

void NurtureSettings::store(SettingsRepository &settings, const QString &key, const QString &value)
{
    NurtureSettings check;
    if (const auto problem = check.set(key, value))
        throw ValidationError(key, *problem);
    settings.setValue(key, value.trimmed().toLower());
}

} // namespace kizuna
