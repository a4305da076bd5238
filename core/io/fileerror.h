#pragma once

#include <QString>

#include <stdexcept>

namespace kizuna {

/// A file that cannot be read as asked: names the file, the line where it went wrong (0 when
/// the whole file is at fault) and the reason, in words a user can act on.
class FileError : public std::runtime_error
{
public:
    FileError(const QString &file, qint64 line, const QString &reason);

    QString file() const { return m_file; }
    qint64 line() const { return m_line; }
    QString reason() const { return m_reason; }
    /// "FILE:LINE: REASON" or "FILE: REASON", ready to print.
    QString message() const;

private:
    QString m_file;
    qint64 m_line;
    QString m_reason;
};

} // namespace kizuna
