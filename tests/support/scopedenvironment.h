#pragma once

#include <QByteArray>

#include <optional>

namespace kizuna::test {

/// Sets an environment variable (or unsets it, given nothing) for the life of the object, and
/// puts back what was there before.
class ScopedEnvironment final
{
public:
    ScopedEnvironment(const char *name, const std::optional<QByteArray> &value);
    ~ScopedEnvironment();
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

} // namespace kizuna::test
