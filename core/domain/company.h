#pragma once

#include <QString>

namespace kizuna {

/// A firm that people work for. One row per firm, whatever legal-form spelling the cards use.
struct Company
{
    qint64 id = 0;
    QString name;
    QString nameKana;     ///< reading, hiragana; may be empty
    int contactCount = 0; ///< filled by listings: people (not in the trash) at this company
};

} // namespace kizuna
