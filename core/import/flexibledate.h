#pragma once

#include <QDate>
#include <QString>

namespace kizuna {

/// Reads the dates that business-card apps and spreadsheets write: 2024/04/10, 2024-04-10,
/// 2024.4.10, 2024年4月10日, Japanese era dates (R6.4.10, 令和6年4月10日, H31/4/30), with
/// full-width digits, and with a time of day after them (Excel: "2024/4/10 0:00").
class FlexibleDate final
{
public:
    /// The date, or an invalid QDate when the text is not one of the forms above.
    static QDate parse(const QString &text);
};

} // namespace kizuna
