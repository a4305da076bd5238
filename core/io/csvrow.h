#pragma once

#include <QString>
#include <QStringList>

namespace kizuna {

/// One record of a CSV file, with where it came from so a rejected row can be named and
/// written back out as it was.
struct CsvRow
{
    QStringList fields;
    qint64 record = 0; ///< 1-based count of records, the header included; blank lines skipped
    qint64 line = 0;   ///< physical line (1-based) where the record starts
    QString raw;       ///< the record's text as read, without its line end
};

} // namespace kizuna
