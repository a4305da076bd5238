#pragma once

#include <QByteArray>
#include <QString>

namespace kizuna::test {

/// The whole file; fails the test when it cannot be read.
QByteArray readFileBytes(const QString &path);
/// Replaces the file with `bytes`; fails the test when it cannot be written.
void writeFileBytes(const QString &path, const QByteArray &bytes);

} // namespace kizuna::test
