#include "csvdialect.h"

#include <QHash>
#include <QList>

namespace kizuna {

namespace {

constexpr int kLinesLooked = 20;

// Delimiter counts per line, outside quotes; a quoted line break continues the line.
QList<int> countsPerLine(const QString &sample, QChar delimiter)
{
    QList<int> counts;
    int count = 0;
    bool quoted = false;
    for (const QChar c : sample) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (count > 0 || !counts.isEmpty())
                counts.append(count);
            count = 0;
            if (counts.size() >= kLinesLooked)
                break;
        } else if (!quoted && c == delimiter) {
            ++count;
        }
    }
    if (count > 0)
        counts.append(count);
    return counts;
}

} // namespace

QList<QChar> CsvDialect::delimiters()
{
    return {QChar(u','), QChar(u'\t'), QChar(u';')};
}

QChar CsvDialect::detectDelimiter(const QString &sample)
{
    QChar best(u',');
    int bestScore = 0;
    for (const QChar candidate : delimiters()) {
        const QList<int> counts = countsPerLine(sample, candidate);
        // The most common non-zero count, and on how many lines it appears.
        QHash<int, int> frequency;
        for (const int n : counts) {
            if (n > 0)
                ++frequency[n];
        }
        int score = 0;
        for (auto it = frequency.constBegin(); it != frequency.constEnd(); ++it)
            score = std::max(score, it.value() * 100 + it.key());
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

} // namespace kizuna
