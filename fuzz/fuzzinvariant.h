#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdio>
#include <cstdlib>

namespace kizuna::fuzz {

/// Stops the run the way a crash does, so libFuzzer saves the input: an invariant that does
/// not hold is a finding, even when nothing crashed.
[[noreturn]] inline void invariantFailed(const char *expression, const char *file, int line,
                                         const QString &detail)
{
    std::fprintf(stderr, "INVARIANT FAILED at %s:%d: %s\n  %s\n", file, line, expression,
                 detail.toUtf8().constData());
    std::abort();
}

/// The fuzzer's bytes read as UTF-8 text, for the targets that take a single value.
inline QString inputText(const unsigned char *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace kizuna::fuzz

/// Checks an invariant of a fuzz target; `detail` (a QString) says what was seen.
#define FUZZ_INVARIANT(condition, detail)                                                          \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::kizuna::fuzz::invariantFailed(#condition, __FILE__, __LINE__, (detail));             \
    } while (false)
