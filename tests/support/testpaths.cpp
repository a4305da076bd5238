#include "testpaths.h"

#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace kizuna::test {

QString testDataDir()
{
    return QStringLiteral(KIZUNA_TEST_DATA_DIR);
}

QString sharedDir()
{
    return QFileInfo(QStringLiteral(KIZUNA_SHARED_DIR)).absoluteFilePath();
}

void skipUnlessExists(const QString &path)
{
    if (QFileInfo::exists(path))
        return;
    std::fprintf(stderr, "SKIPPED: %s is absent\n", qPrintable(path));
    std::fflush(stderr);
    std::_Exit(KIZUNA_TEST_SKIP_CODE);
}

} // namespace kizuna::test
