#include "scopedenvironment.h"

#include <QtGlobal>

namespace kizuna::test {

ScopedEnvironment::ScopedEnvironment(const char *name, const std::optional<QByteArray> &value)
    : m_name(name)
    , m_old(qgetenv(name))
    , m_had(qEnvironmentVariableIsSet(name))
{
    if (value)
        qputenv(name, *value);
    else
        qunsetenv(name);
}

ScopedEnvironment::~ScopedEnvironment()
{
    if (m_had)
        qputenv(m_name, m_old);
    else
        qunsetenv(m_name);
}

} // namespace kizuna::test
