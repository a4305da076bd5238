#include "sqlvalues.h"

namespace kizuna::sql {

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString fromDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime result = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    result.setTimeSpec(Qt::UTC);
    return result;
}

QString now()
{
    return fromDateTime(QDateTime::currentDateTimeUtc());
}

QVariant fromLocalDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime toLocalDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QVariant fromTime(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QTime toTime(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

namespace {

// The numbers between `open` and `close`, separated by commas: a JSON array or PostgreSQL's
// array literal.
QString numberList(const QList<qint64> &values, QChar open, QChar close)
{
    QString list(open);
    list.reserve(values.size() * 8 + 2);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            list += QLatin1Char(',');
        list += QString::number(values.at(i));
    }
    return list + close;
}

} // namespace

QString idArray(const QList<qint64> &ids)
{
    return numberList(ids, QLatin1Char('['), QLatin1Char(']'));
}

QString textArray(const QStringList &values)
{
    QString literal = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += QLatin1Char(',');
        QString element = values.at(i);
        element.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        element.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        literal += QLatin1Char('"') + element + QLatin1Char('"');
    }
    return literal + QLatin1Char('}');
}

QString bigintArray(const QList<qint64> &values)
{
    return numberList(values, QLatin1Char('{'), QLatin1Char('}'));
}

QString repeatedRows(const QString &row, qsizetype count)
{
    QString rows;
    rows.reserve((row.size() + 2) * count);
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            rows += QStringLiteral(", ");
        rows += row;
    }
    return rows;
}

} // namespace kizuna::sql
