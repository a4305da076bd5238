#include "sourcekind.h"

#include <array>

namespace kizuna {

namespace {
constexpr std::array<const char *, 7> kKindKeys{"trade_show",    "referral",  "web",  "seminar",
                                                "advertisement", "cold_call", "other"};
}

QList<SourceKind> allSourceKinds()
{
    QList<SourceKind> kinds;
    for (std::size_t i = 0; i < kKindKeys.size(); ++i)
        kinds.append(static_cast<SourceKind>(i));
    return kinds;
}

QString sourceKindKey(SourceKind kind)
{
    return QString::fromLatin1(kKindKeys.at(static_cast<std::size_t>(kind)));
}

std::optional<SourceKind> sourceKindFromKey(const QString &key)
{
    QString wanted = key.trimmed().toLower();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (std::size_t i = 0; i < kKindKeys.size(); ++i) {
        if (wanted == QLatin1String(kKindKeys.at(i)))
            return static_cast<SourceKind>(i);
    }
    return std::nullopt;
}

} // namespace kizuna
