#include "flexibledate.h"

#include <QRegularExpression>

namespace kizuna {

namespace {

// The first year of each era in the Gregorian calendar; era year 1 (元年) is that year.
int eraStart(const QString &era)
{
    static const QList<std::pair<QString, int>> eras{
        {QStringLiteral("r"), 2019}, {QStringLiteral("令和"), 2019},
        {QStringLiteral("h"), 1989}, {QStringLiteral("平成"), 1989},
        {QStringLiteral("s"), 1926}, {QStringLiteral("昭和"), 1926},
        {QStringLiteral("t"), 1912}, {QStringLiteral("大正"), 1912},
        {QStringLiteral("m"), 1868}, {QStringLiteral("明治"), 1868},
    };
    for (const auto &[name, start] : eras) {
        if (era == name)
            return start;
    }
    return 0;
}

} // namespace

QDate FlexibleDate::parse(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    t.replace(QStringLiteral("元年"), QStringLiteral("1年"));
    static const QRegularExpression gregorian(QStringLiteral(
        R"(^(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$)"));
    static const QRegularExpression japaneseEra(QStringLiteral(
        R"(^(令和|平成|昭和|大正|明治|[rhstm])\s*(\d{1,2})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?(?:\s.*)?$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));

    QRegularExpressionMatch m = gregorian.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    m = japaneseEra.match(t);
    if (m.hasMatch()) {
        const int start = eraStart(m.captured(1));
        const int year = m.captured(2).toInt();
        if (start == 0 || year < 1)
            return {};
        return QDate(start + year - 1, m.captured(3).toInt(), m.captured(4).toInt());
    }
    return {};
}

} // namespace kizuna
