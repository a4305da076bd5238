#pragma once

#include "domain/sourcekind.h"

#include <QString>

namespace kizuna {

/// The translated name of a kind of lead source, for lists and pickers.
class SourceKindLabel final
{
public:
    static QString text(SourceKind kind);
};

} // namespace kizuna
