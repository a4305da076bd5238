#pragma once

#include <QChar>
#include <QList>
#include <QString>

namespace kizuna {

/// Guesses the delimiter of a CSV text from its first lines: comma, tab or semicolon,
/// whichever splits the lines (outside quotes) into the same number of fields most often.
/// Comma wins ties and texts with no delimiter at all.
class CsvDialect final
{
public:
    static QChar detectDelimiter(const QString &sample);
    /// The delimiters a CSV file may use: comma, tab, semicolon.
    static QList<QChar> delimiters();
};

} // namespace kizuna
