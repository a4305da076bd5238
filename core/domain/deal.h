#pragma once

#include "authorship.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kizuna {

enum class DealStatus
{
    Open = 0,
    Won,
    Lost,
};

/// "open", "won", "lost".
QString dealStatusKey(DealStatus status);
std::optional<DealStatus> dealStatusFromKey(const QString &key);

/// Business in prospect or done with a contact: what closes the loop from card to revenue.
struct Deal
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString title;
    qint64 amount = 0; ///< in the currency's smallest unit (whole yen)
    QString currency = QStringLiteral("JPY");
    QDate expectedCloseOn;
    DealStatus status = DealStatus::Open;
    QDate closedOn; ///< when it was won or lost
    QDate createdOn;
    Authorship authorship;
};

} // namespace kizuna
