#include "timelineentry.h"

#include "enumkeys.h"

namespace kizuna {

namespace {
constexpr std::array<const char *, 5> kKeys{"activity", "stage_change", "import", "merge", "deal"};
}

QString timelineKindKey(TimelineEntry::Kind kind)
{
    return enumkeys::keyOf(kKeys, kind);
}

} // namespace kizuna
