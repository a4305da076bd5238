#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace kizuna {

/// One company absorbed into another, as recorded for undoing it.
struct CompanyMerge
{
    qint64 id = 0;
    qint64 keptId = 0;
    QString keptName;
    qint64 absorbedId = 0;
    QString absorbedName;
    QList<qint64> movedContactIds; ///< the people who moved (those in the trash too)
    int movedDeals = 0;            ///< deals of those people
    bool readingFilled = false;    ///< the kept company took the absorbed one's reading
    QDateTime mergedAt;            ///< UTC
};

} // namespace kizuna
