#include "fileerror.h"

namespace kizuna {

FileError::FileError(const QString &file, qint64 line, const QString &reason)
    : std::runtime_error(reason.toStdString())
    , m_file(file)
    , m_line(line)
    , m_reason(reason)
{}

QString FileError::message() const
{
    if (m_line > 0)
        return QStringLiteral("%1:%2: %3").arg(m_file).arg(m_line).arg(m_reason);
    return QStringLiteral("%1: %2").arg(m_file, m_reason);
}

} // namespace kizuna
