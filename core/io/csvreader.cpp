#include "csvreader.h"

#include "encodingdetector.h"

#include <QCoreApplication>
#include <QIODevice>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

enum class State
{
    FieldStart,
    Unquoted,
    Quoted,
    QuoteInQuoted,
};

} // namespace

CsvReader::CsvReader(QIODevice *device, const QString &encoding, QChar delimiter, int skipBytes,
                     int chunkBytes)
    : m_device(device)
    , m_decoder(EncodingDetector::decoderName(encoding).toLatin1().constData())
    , m_delimiter(delimiter)
    , m_chunkBytes(std::max(chunkBytes, 4))
{
    if (!m_decoder.isValid()) {
        fail(0, tr("the encoding %1 is not available").arg(encoding));
        return;
    }
    if (skipBytes > 0)
        m_bytesRead += m_device->read(skipBytes).size();
}

void CsvReader::fail(qint64 line, const QString &reason)
{
    if (m_error.isEmpty()) {
        m_error = reason;
        m_errorLine = line;
    }
}

bool CsvReader::refill()
{
    if (m_atEnd)
        return false;
    const QByteArray bytes = m_device->read(m_chunkBytes);
    m_bytesRead += bytes.size();
    // Keep only what the current record has not consumed yet.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    if (bytes.isEmpty()) {
        m_atEnd = true;
        m_buffer += m_decoder(QByteArrayView());
        if (m_decoder.hasError())
            fail(m_line, tr("the file ends in the middle of a character"));
        return !m_buffer.isEmpty();
    }
    m_buffer += m_decoder(bytes);
    if (m_decoder.hasError())
        fail(m_line,
             tr("bytes that are not valid %1 text").arg(QString::fromLatin1(m_decoder.name())));
    m_maxBuffered = std::max(m_maxBuffered, m_buffer.size());
    return true;
}

bool CsvReader::readRow(CsvRow &row)
{
    if (hasError())
        return false;
    while (true) {
        row.fields.clear();
        row.raw.clear();
        row.line = m_line;
        QString field;
        State state = State::FieldStart;
        qint64 quoteLine = 0;
        bool anyQuote = false;
        bool endOfRecord = false;

        while (!endOfRecord) {
            if (m_pos >= m_buffer.size()) {
                if (!refill() || hasError()) {
                    if (hasError())
                        return false;
                    // End of the file.
                    if (state == State::Quoted) {
                        fail(quoteLine,
                             tr("a quoted field opened on line %1 is never closed").arg(quoteLine));
                        return false;
                    }
                    if (state == State::FieldStart && row.fields.isEmpty() && !anyQuote)
                        return false; // nothing after the last line end
                    row.fields.append(field);
                    endOfRecord = true;
                    break;
                }
                continue;
            }
            const QChar c = m_buffer.at(m_pos++);
            if (m_skipLineFeed) {
                m_skipLineFeed = false;
                if (c == u'\n') {
                    m_previousWasCR = false;
                    continue; // the LF of a CRLF
                }
            }
            if (c == u'\0') {
                fail(m_line, tr("binary data (a NUL character): this is not a text file"));
                return false;
            }
            const bool lineEnd = c == u'\n' || c == u'\r';
            // A CR LF pair is one line; a lone CR (old Mac exports) is one too.
            const bool newLine = c == u'\r' || (c == u'\n' && !m_previousWasCR);
            m_previousWasCR = c == u'\r';

            switch (state) {
            case State::FieldStart:
                if (c == u'"') {
                    state = State::Quoted;
                    quoteLine = m_line;
                    anyQuote = true;
                } else if (c == m_delimiter) {
                    row.fields.append(QString());
                } else if (lineEnd) {
                    row.fields.append(QString());
                    endOfRecord = true;
                } else {
                    field.append(c);
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted:
                if (c == m_delimiter) {
                    row.fields.append(field);
                    field.clear();
                    state = State::FieldStart;
                } else if (lineEnd) {
                    row.fields.append(field);
                    endOfRecord = true;
                } else {
                    field.append(c);
                }
                break;
            case State::Quoted:
                if (c == u'"')
                    state = State::QuoteInQuoted;
                else
                    field.append(c);
                break;
            case State::QuoteInQuoted:
                if (c == u'"') {
                    field.append(c);
                    state = State::Quoted;
                } else if (c == m_delimiter) {
                    row.fields.append(field);
                    field.clear();
                    state = State::FieldStart;
                } else if (lineEnd) {
                    row.fields.append(field);
                    endOfRecord = true;
                } else {
                    // Text after a closing quote ("ab"c): kept, as spreadsheets do.
                    field.append(c);
                    state = State::Unquoted;
                }
                break;
            }
            if (newLine)
                ++m_line;
            if (endOfRecord)
                m_skipLineFeed = c == u'\r';
            else
                row.raw.append(c);
            if (field.size() > kMaxFieldChars) {
                fail(row.line, tr("a field longer than %1 characters: this does not look like "
                                  "a CSV file of contacts")
                                   .arg(kMaxFieldChars));
                return false;
            }
        }
        // A blank line is no record; a line holding only "" is one (an empty value).
        if (row.fields.size() == 1 && row.fields.first().isEmpty() && !anyQuote)
            continue;
        row.record = ++m_record;
        return true;
    }
}

} // namespace kizuna
