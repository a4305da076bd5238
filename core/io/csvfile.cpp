#include "csvfile.h"

#include "csvdialect.h"
#include "fileerror.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvFile", text);
}

constexpr qint64 kSampleBytes = 64 * 1024;

} // namespace

CsvFile::CsvFile(const QString &path, const QString &encoding, QChar delimiter)
    : m_path(path)
    , m_file(path)
{
    if (!delimiter.isNull() && !CsvDialect::delimiters().contains(delimiter))
        throw FileError(
            path, 0,
            tr("unknown delimiter \"%1\"; use a comma, a tab or a semicolon").arg(delimiter));
    if (!m_file.open(QIODevice::ReadOnly))
        throw FileError(path, 0, tr("cannot open the file: %1").arg(m_file.errorString()));
    const QByteArray sample = m_file.peek(kSampleBytes);
    if (sample.isEmpty())
        throw FileError(path, 0, tr("the file is empty"));

    const QString wanted = encoding.trimmed().toLower();
    if (wanted.isEmpty() || wanted == QLatin1String("auto")) {
        m_encoding = EncodingDetector::detect(sample, m_file.size() <= kSampleBytes);
        if (!m_encoding.isValid())
            throw FileError(path, 0, m_encoding.reason);
    } else {
        const QString canonical = EncodingDetector::canonicalName(wanted);
        if (canonical.isEmpty())
            throw FileError(
                path, 0,
                tr("unknown encoding \"%1\"; use one of %2")
                    .arg(encoding, EncodingDetector::supportedNames().join(QStringLiteral(", "))));
        // A byte-order mark is skipped even when the user names the encoding.
        const DetectedEncoding seen = EncodingDetector::detect(sample, true);
        m_encoding = {canonical, seen.name == canonical ? seen.bomLength : 0,
                      tr("chosen by the user")};
    }

    if (delimiter.isNull()) {
        QStringDecoder decoder(
            EncodingDetector::decoderName(m_encoding.name).toLatin1().constData());
        m_delimiter = CsvDialect::detectDelimiter(decoder(sample.mid(m_encoding.bomLength)));
    } else {
        m_delimiter = delimiter;
    }
    m_reader =
        std::make_unique<CsvReader>(&m_file, m_encoding.name, m_delimiter, m_encoding.bomLength);
    if (!m_reader->readRow(m_header)) {
        throwIfFailed();
        throw FileError(path, 0, tr("the file holds no rows"));
    }
    m_firstPending = m_reader->readRow(m_first);
    if (!m_firstPending) {
        throwIfFailed();
        throw FileError(path, 0, tr("the file has a header row but no data rows"));
    }
}

bool CsvFile::readRow(CsvRow &row)
{
    if (m_firstPending) {
        m_firstPending = false;
        row = m_first;
        return true;
    }
    return m_reader->readRow(row);
}

void CsvFile::throwIfFailed() const
{
    if (m_reader && m_reader->hasError())
        throw FileError(m_path, m_reader->errorLine(), m_reader->error());
}

} // namespace kizuna
