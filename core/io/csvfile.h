#pragma once

#include "csvreader.h"
#include "encodingdetector.h"

#include <QFile>

#include <memory>

namespace kizuna {

/// A CSV file opened for import: its encoding and its delimiter (each detected, or as the user
/// said), its header row, and a reader positioned at the first data row.
///
/// Throws FileError naming the file for what makes the whole file unreadable: it cannot be
/// opened, it is empty, its bytes fit no encoding, it has a header but no rows.
class CsvFile final
{
public:
    /// `encoding`: a name EncodingDetector::canonicalName() accepts, or empty/"auto".
    /// `delimiter`: one of CsvDialect::delimiters(), or null to detect it.
    explicit CsvFile(const QString &path, const QString &encoding = {}, QChar delimiter = {});

    QString path() const { return m_path; }
    QString encoding() const { return m_encoding.name; }
    QString encodingReason() const { return m_encoding.reason; }
    QChar delimiter() const { return m_delimiter; }
    const CsvRow &header() const { return m_header; }
    qint64 size() const { return m_file.size(); }

    /// The next data row; false at the end or on an error (FileError then comes from
    /// throwIfFailed()). The first data row is already read and is returned first.
    bool readRow(CsvRow &row);
    /// Throws FileError when reading stopped on an error.
    void throwIfFailed() const;
    CsvReader &reader() { return *m_reader; }

private:
    QString m_path;
    QFile m_file;
    DetectedEncoding m_encoding;
    QChar m_delimiter;
    std::unique_ptr<CsvReader> m_reader;
    CsvRow m_header;
    CsvRow m_first;
    bool m_firstPending = false;
};

} // namespace kizuna
