#pragma once

#include <QString>

namespace kizuna::test {

/// tests/data in the source tree: golden files and fixtures.
QString testDataDir();

/// ../shared beside the project, where CI keeps conformance suites.
QString sharedDir();

/// Ends the current test as skipped (CTest reads the exit code) when `path` does not exist.
/// Each Catch2 test case runs in its own process under CTest, so only this case is skipped.
void skipUnlessExists(const QString &path);

} // namespace kizuna::test
