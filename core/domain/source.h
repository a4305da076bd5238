#pragma once

#include "sourcekind.h"

#include <QDate>
#include <QString>

namespace kizuna {

/// Where leads came from: a trade show, a referral, a campaign, with what it cost.
struct Source
{
    qint64 id = 0;
    QString name;
    SourceKind kind = SourceKind::Other;
    qint64 cost = 0; ///< in the smallest unit of the currency (yen have none: whole yen)
    QString currency = QStringLiteral("JPY");
    QDate startedOn; ///< null when open-ended
    QDate endedOn;
    QString notes;
    int contactCount = 0; ///< filled by listings
};

} // namespace kizuna
