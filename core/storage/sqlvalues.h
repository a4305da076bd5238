#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

namespace kizuna::sql {

/// Dates are stored as ISO 8601 text ("2026-11-24"), NULL when unknown.
QVariant fromDate(const QDate &date);
QDate toDate(const QVariant &value);

/// Timestamps are stored as ISO 8601 UTC text with a Z ("2026-11-24T06:00:00.000Z").
QString fromDateTime(const QDateTime &dateTime);
QDateTime toDateTime(const QVariant &value);
QString now();

/// Local wall-clock times (when a touch happened, as the user lived it) are stored as ISO
/// text without a zone ("2026-11-24T15:30:00"), so they compare with plain dates as text.
QVariant fromLocalDateTime(const QDateTime &dateTime);
QDateTime toLocalDateTime(const QVariant &value);

/// Times of day as "HH:MM", NULL when none.
QVariant fromTime(const QTime &time);
QTime toTime(const QVariant &value);

/// Ids as one JSON array ("[3,1,2]"), bound as a single value and read with json_each(?):
/// a selection of any size in one statement whose text does not depend on the size.
QString idArray(const QList<qint64> &ids);

/// Texts as one PostgreSQL array literal ('{"a","b"}'), bound as a single value and read
/// with CAST(? AS TEXT[]). Every element is quoted, so commas, braces, quotes and
/// backslashes in a text stay part of it.
QString textArray(const QStringList &values);

/// Numbers as one PostgreSQL array literal ('{3,1,2}'), bound as a single value and read
/// with CAST(? AS BIGINT[]): `= ANY` of a bound array is a hash lookup on a server.
QString bigintArray(const QList<qint64> &values);

/// `row` ("(?, ?)") `count` times, separated by commas: the VALUES of a statement that
/// writes many rows in one round trip.
QString repeatedRows(const QString &row, qsizetype count);

/// Text columns are NOT NULL: an absent value is stored as "".
QString text(const QString &value);

} // namespace kizuna::sql
