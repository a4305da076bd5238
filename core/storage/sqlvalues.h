#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace kizuna::sql {

/// Dates are stored as ISO 8601 text ("2026-11-24"), NULL when unknown.
QVariant fromDate(const QDate &date);
QDate toDate(const QVariant &value);

/// Timestamps are stored as ISO 8601 UTC text with a Z ("2026-11-24T06:00:00.000Z").
QString fromDateTime(const QDateTime &dateTime);
QDateTime toDateTime(const QVariant &value);
QString now();

/// Text columns are NOT NULL: an absent value is stored as "".
QString text(const QString &value);

} // namespace kizuna::sql
