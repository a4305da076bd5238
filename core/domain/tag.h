#pragma once

#include <QString>

namespace kizuna {

/// A free label on contacts ("展示会2026", "VIP").
struct Tag
{
    qint64 id = 0;
    QString name;
    int contactCount = 0; ///< filled by listings
};

} // namespace kizuna
