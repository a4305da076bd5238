#include "stage.h"

#include <array>

namespace kizuna {

namespace {
constexpr std::array<const char *, 6> kStageKeys{"cold",     "warm",  "hot",
                                                 "customer", "loyal", "lost"};
}

QList<Stage> allStages()
{
    return {Stage::Cold, Stage::Warm, Stage::Hot, Stage::Customer, Stage::Loyal, Stage::Lost};
}

QString stageKey(Stage stage)
{
    return QString::fromLatin1(kStageKeys.at(static_cast<std::size_t>(stage)));
}

std::optional<Stage> stageFromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (std::size_t i = 0; i < kStageKeys.size(); ++i) {
        if (wanted == QLatin1String(kStageKeys.at(i)))
            return static_cast<Stage>(i);
    }
    return std::nullopt;
}

} // namespace kizuna
