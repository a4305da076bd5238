#pragma once

#include <QDeadlineTimer>
#include <QTest>

namespace kizuna::test {

/// Processes events until `done()` holds or `timeoutMs` pass; returns whether it holds.
/// Qt Test's QTRY_ macros report to Qt Test's own runner and, under Catch, return from the
/// test quietly on timeout, so a wait that never ends would pass: wrap this in REQUIRE.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace kizuna::test
