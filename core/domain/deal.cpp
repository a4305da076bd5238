#include "deal.h"

#include "enumkeys.h"

namespace kizuna {

namespace {
constexpr std::array<const char *, 3> kKeys{"open", "won", "lost"};
}

QString dealStatusKey(DealStatus status)
{
    return enumkeys::keyOf(kKeys, status);
}

std::optional<DealStatus> dealStatusFromKey(const QString &key)
{
    return enumkeys::fromKey<DealStatus>(kKeys, key);
}

} // namespace kizuna
