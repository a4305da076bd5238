#include "filebytes.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace kizuna::test {

QByteArray readFileBytes(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace kizuna::test
