#include "moneyformat.h"

#include <cmath>

namespace kizuna {

QString MoneyFormat::yen(qint64 amount, const QLocale &locale)
{
    return locale.toCurrencyString(amount, QStringLiteral("¥"));
}

QString MoneyFormat::yen(const std::optional<double> &amount, const QLocale &locale)
{
    return amount ? yen(qint64(std::llround(*amount)), locale) : none();
}

QString MoneyFormat::percent(const std::optional<double> &ratio, const QLocale &locale)
{
    return ratio ? locale.toString(*ratio * 100.0, 'f', 1) + QLatin1Char('%') : none();
}

QString MoneyFormat::none()
{
    return QStringLiteral("—");
}

} // namespace kizuna

namespace kizuna {

std::optional<qint64> MoneyFormat::parseYen(const QString &text)
{
    QString digits = text.trimmed();
    for (const QString &decoration :
         {QStringLiteral(","), QStringLiteral("，"), QStringLiteral("円"), QStringLiteral("¥"),
          QStringLiteral("￥"), QStringLiteral(" ")})
        digits.remove(decoration);
    if (digits.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace kizuna
