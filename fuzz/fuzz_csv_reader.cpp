// Fuzzes CsvReader the way CsvFile drives it: encoding and delimiter detected from the bytes.
//
// Invariants, beyond not crashing:
// - it ends: no more records than input bytes, and false for good once it has said false;
// - nothing is lost: the records' raw text, line ends aside, is the decoded input (or, after
//   an error, the start of it) and an error always says why;
// - chunk boundaries do not matter: small chunks read the same records as one large chunk;
// - records are numbered 1, 2, 3... on increasing lines;
// - the fields survive a round trip: written back quoted, they read as the same fields.
#include "fuzzinvariant.h"
#include "io/csvdialect.h"
#include "io/csvreader.h"
#include "io/encodingdetector.h"

#include <QBuffer>
#include <QStringDecoder>

#include <cstddef>
#include <cstdint>

using namespace kizuna;

namespace {

struct Reading
{
    QList<CsvRow> rows;
    QString error;
    qint64 bytesRead = 0;
};

Reading readAll(const QByteArray &bytes, const QString &encoding, QChar delimiter, int skip,
                int chunk)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding, delimiter, skip, chunk);
    Reading out;
    CsvRow row;
    while (reader.readRow(row)) {
        out.rows.append(row);
        // Every record takes at least one character, a character at least one byte.
        FUZZ_INVARIANT(
            out.rows.size() <= bytes.size(),
            QStringLiteral("%1 records from %2 bytes").arg(out.rows.size()).arg(bytes.size()));
    }
    FUZZ_INVARIANT(!reader.readRow(row), QStringLiteral("a record after the end"));
    FUZZ_INVARIANT(reader.hasError() == !reader.error().isEmpty(), reader.error());
    out.error = reader.error();
    out.bytesRead = reader.bytesRead();
    return out;
}

QString withoutLineEnds(QString text)
{
    text.remove(QLatin1Char('\r'));
    text.remove(QLatin1Char('\n'));
    return text;
}

QString describe(const CsvRow &row)
{
    return QStringLiteral("record %1 line %2 fields [%3] raw \"%4\"")
        .arg(row.record)
        .arg(row.line)
        .arg(row.fields.join(QStringLiteral("|")), row.raw);
}

bool sameRow(const CsvRow &a, const CsvRow &b)
{
    return a.fields == b.fields && a.raw == b.raw && a.line == b.line && a.record == b.record;
}

QString quotedCsv(const QList<CsvRow> &rows, QChar delimiter)
{
    QString text;
    for (const CsvRow &row : rows) {
        QStringList fields;
        for (QString field : row.fields)
            fields.append(u'"' + field.replace(u'"', QStringLiteral("\"\"")) + u'"');
        text += fields.join(delimiter) + QStringLiteral("\r\n");
    }
    return text;
}

void checkNothingLost(const Reading &reading, const QString &decodedInput)
{
    QString consumed;
    for (const CsvRow &row : reading.rows)
        consumed += row.raw;
    consumed = withoutLineEnds(consumed);
    const QString expected = withoutLineEnds(decodedInput);
    if (reading.error.isEmpty())
        FUZZ_INVARIANT(
            consumed == expected,
            QStringLiteral("records hold \"%1\", the input \"%2\"").arg(consumed, expected));
    else
        FUZZ_INVARIANT(
            expected.startsWith(consumed),
            QStringLiteral("records hold \"%1\", the input \"%2\"").arg(consumed, expected));
}

void checkNumbering(const Reading &reading)
{
    qint64 lastLine = 0;
    for (qsizetype i = 0; i < reading.rows.size(); ++i) {
        const CsvRow &row = reading.rows.at(i);
        FUZZ_INVARIANT(row.record == i + 1, describe(row));
        FUZZ_INVARIANT(row.line > lastLine, describe(row));
        FUZZ_INVARIANT(!row.fields.isEmpty(), describe(row));
        lastLine = row.line;
    }
}

void checkChunkBoundaries(const Reading &small, const Reading &large)
{
    FUZZ_INVARIANT(
        small.error.isEmpty() == large.error.isEmpty(),
        QStringLiteral("small chunks: \"%1\", one chunk: \"%2\"").arg(small.error, large.error));
    if (small.error.isEmpty()) {
        FUZZ_INVARIANT(small.rows.size() == large.rows.size(),
                       QStringLiteral("%1 records in small chunks, %2 in one")
                           .arg(small.rows.size())
                           .arg(large.rows.size()));
    }
    // A decoding error stops each reading at the chunk holding the bad byte: what both read
    // must agree.
    const qsizetype common = std::min(small.rows.size(), large.rows.size());
    for (qsizetype i = 0; i < common; ++i)
        FUZZ_INVARIANT(sameRow(small.rows.at(i), large.rows.at(i)), describe(small.rows.at(i)) +
                                                                        QStringLiteral(" / ") +
                                                                        describe(large.rows.at(i)));
}

void checkRoundTrip(const Reading &reading, QChar delimiter)
{
    const QString text = quotedCsv(reading.rows, delimiter);
    const QByteArray written = text.toUtf8();
    // Text that UTF-8 cannot carry (a lone surrogate) would not come back the same.
    if (QString::fromUtf8(written) != text)
        return;
    const Reading again = readAll(written, QStringLiteral("utf-8"), delimiter, 0, 64 * 1024);
    FUZZ_INVARIANT(again.error.isEmpty(), again.error);
    FUZZ_INVARIANT(again.rows.size() == reading.rows.size(),
                   QStringLiteral("%1 records written, %2 read back")
                       .arg(reading.rows.size())
                       .arg(again.rows.size()));
    for (qsizetype i = 0; i < again.rows.size(); ++i)
        FUZZ_INVARIANT(again.rows.at(i).fields == reading.rows.at(i).fields,
                       describe(reading.rows.at(i)) + QStringLiteral(" read back as ") +
                           describe(again.rows.at(i)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const DetectedEncoding detected = EncodingDetector::detect(bytes, true);
    const QString encoding = detected.isValid() ? detected.name : QStringLiteral("utf-8");
    QStringDecoder decoder(EncodingDetector::decoderName(encoding).toLatin1().constData());
    const QString text = decoder(QByteArrayView(bytes).sliced(detected.bomLength));
    const QChar delimiter = CsvDialect::detectDelimiter(text);
    FUZZ_INVARIANT(delimiter == u',' || delimiter == u'\t' || delimiter == u';',
                   QString(delimiter));

    // Chunks from 4 bytes (the least the reader takes) up, varied by the input's size.
    const int smallChunk = 4 + static_cast<int>(size % 29);
    const Reading small = readAll(bytes, encoding, delimiter, detected.bomLength, smallChunk);
    const Reading large = readAll(bytes, encoding, delimiter, detected.bomLength, 1024 * 1024);

    checkNumbering(small);
    checkChunkBoundaries(small, large);
    checkNothingLost(large, text);
    checkNothingLost(small, text);
    if (large.error.isEmpty()) {
        FUZZ_INVARIANT(
            large.bytesRead == bytes.size(),
            QStringLiteral("%1 of %2 bytes read").arg(large.bytesRead).arg(bytes.size()));
        checkRoundTrip(large, delimiter);
    }
    return 0;
}
