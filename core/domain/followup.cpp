#include "followup.h"

#include "enumkeys.h"

namespace kizuna {

namespace {
constexpr std::array<const char *, 3> kKeys{"open", "done", "skipped"};
}

QString followUpStatusKey(FollowUpStatus status)
{
    return enumkeys::keyOf(kKeys, status);
}

std::optional<FollowUpStatus> followUpStatusFromKey(const QString &key)
{
    return enumkeys::fromKey<FollowUpStatus>(kKeys, key);
}

} // namespace kizuna
