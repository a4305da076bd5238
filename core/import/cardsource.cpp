#include "cardsource.h"

namespace kizuna {

// Out of line so the vtable has one home.
CardSource::~CardSource() = default;

} // namespace kizuna
