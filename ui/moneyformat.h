#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace kizuna {

/// Amounts and ratios as tables and charts show them: whole yen with the locale's digit
/// grouping ("¥1,200,000"), percentages with one decimal, and a dash where there is no value
/// (ROI of a source that cost nothing) so an empty cell is never mistaken for zero.
class MoneyFormat final
{
public:
    static QString yen(qint64 amount, const QLocale &locale = QLocale());
    /// 0.452 → "45.2%"; "—" when there is no ratio.
    static QString percent(const std::optional<double> &ratio, const QLocale &locale = QLocale());
    /// A yen amount that need not be whole (cost per customer), rounded to the yen.
    static QString yen(const std::optional<double> &amount, const QLocale &locale = QLocale());
    static QString none();
    /// Whole yen as people type them: "350,000", "350000円", "¥350,000"; empty is 0. None
    /// for anything else or a negative amount.
    static std::optional<qint64> parseYen(const QString &text);
};

} // namespace kizuna
