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

QString idArray(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    json.reserve(ids.size() * 8 + 2);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids.at(i));
    }
    return json + QLatin1Char(']');
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
    QStringList elements;
    elements.reserve(values.size());
    for (const qint64 value : values)
        elements.append(QString::number(value));
    return QLatin1Char('{') + elements.join(QLatin1Char(',')) + QLatin1Char('}');
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
