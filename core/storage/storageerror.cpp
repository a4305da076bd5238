#include "storageerror.h"

namespace kizuna {

StorageError::StorageError(Kind kind, const QString &file, const QString &reason)
    : std::runtime_error(QString(file + QStringLiteral(": ") + reason).toStdString())
    , m_kind(kind)
    , m_file(file)
    , m_reason(reason)
{}

QString StorageError::message() const
{
    return m_file.isEmpty() ? m_reason : m_file + QStringLiteral(": ") + m_reason;
}

ValidationError::ValidationError(const QString &field, const QString &reason)
    : std::runtime_error(QString(field + QStringLiteral(": ") + reason).toStdString())
    , m_field(field)
    , m_reason(reason)
{}

QString ValidationError::message() const
{
    return m_field + QStringLiteral(": ") + m_reason;
}

} // namespace kizuna
