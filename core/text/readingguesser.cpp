#include "readingguesser.h"

namespace kizuna {

// Out of line so the vtable has one home.
ReadingGuesser::~ReadingGuesser() = default;

} // namespace kizuna
