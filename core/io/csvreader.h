#pragma once

#include "csvrow.h"

#include <QChar>
#include <QString>
#include <QStringDecoder>

class QIODevice;

namespace kizuna {

/// Reads CSV records one at a time from a device, decoding as it goes: the file is never held
/// in memory, only a chunk and the record being read.
///
/// RFC 4180 and what real exports do beyond it: quoted fields with delimiters, doubled quotes
/// and line breaks; CRLF, LF and CR line ends; a last line with or without its end; blank
/// lines (skipped); rows of any length (the caller decides). A quote inside an unquoted field
/// is kept as a character, as spreadsheets do. Errors stop the reader with a message naming
/// the line: an unterminated quote, binary data, a field too large to be a card.
class CsvReader final
{
public:
    /// `encoding` is a canonical name from EncodingDetector; `delimiter` one of , \t ;.
    /// Skips `skipBytes` first (a byte-order mark).
    CsvReader(QIODevice *device, const QString &encoding, QChar delimiter, int skipBytes = 0,
              int chunkBytes = 64 * 1024);

    /// The next record; false at the end of the file or on an error (see error()).
    bool readRow(CsvRow &row);

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    /// Line of the error, 0 when none.
    qint64 errorLine() const { return m_errorLine; }
    qint64 bytesRead() const { return m_bytesRead; }
    /// The most characters the reader held at once (for the flat-memory test).
    qsizetype maxBufferedChars() const { return m_maxBuffered; }

    /// A field longer than this is taken for binary data, not a business card.
    static constexpr qsizetype kMaxFieldChars = 1024 * 1024;

private:
    bool refill();
    void fail(qint64 line, const QString &reason);

    QIODevice *m_device;
    QStringDecoder m_decoder;
    QChar m_delimiter;
    int m_chunkBytes;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_skipLineFeed = false;
    bool m_previousWasCR = false;
    qint64 m_line = 1;
    qint64 m_record = 0;
    qint64 m_bytesRead = 0;
    qsizetype m_maxBuffered = 0;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace kizuna
