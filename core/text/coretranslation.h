#pragma once

#include <QLocale>

namespace kizuna {

/// Core's own catalogue (what reports print: headings, column names, stage and channel
/// names), so paper is in the reader's language, from the GUI and the CLI alike.
class CoreTranslation final
{
public:
    /// Installs the catalogue for `locale`'s language on the running application, once;
    /// false when there is none for it (English is the source text).
    static bool install(const QLocale &locale);
};

} // namespace kizuna
