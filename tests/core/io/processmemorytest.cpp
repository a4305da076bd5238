#include "io/processmemory.h"
#include "qtcatch.h"

#include <QByteArray>

using kizuna::ProcessMemory;

TEST_CASE("the process's resident memory grows with what it touches", "[io][memory]")
{
    const qint64 before = ProcessMemory::residentKiB();
    REQUIRE(before > 0);
    // 64 MiB written byte by byte are resident; the figure must see them.
    QByteArray block(64 * 1024 * 1024, '\1');
    const qint64 after = ProcessMemory::residentKiB();
    CHECK(block.at(block.size() - 1) == '\1');
    CHECK(after - before >= 60 * 1024);
    CHECK(ProcessMemory::peakResidentKiB() >= after);
}
