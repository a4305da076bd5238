#include "importfixtures.h"

#include "filebytes.h"
#include "importprogresspage.h"
#include "importwizard.h"
#include "testpaths.h"

#include "qtcatch.h"
#include "waituntil.h"

#include <QProgressBar>
#include <QTest>

namespace kizuna::test {

QString eightCp932File()
{
    return testDataDir() + QStringLiteral("/import/eight-cp932.csv");
}

void writeManyCards(const QString &path, int rows)
{
    QString text = QString::fromUtf8("氏名,メール,会社名\n");
    for (int i = 0; i < rows; ++i)
        text += QString::fromUtf8("山田 太郎%1,taro%1@example.jp,ひかり電子\n").arg(i);
    writeFileBytes(path, text.toUtf8());
}

void startImportAndWait(ImportWizard &wizard, int permille)
{
    wizard.next(); // the columns
    wizard.next(); // the duplicate policy, whose trial run stops as the wizard goes on
    wizard.next();
    REQUIRE(test::waitUntil(
        [&] { return wizard.progressPage()->progressBar()->value() >= permille; }, 20000));
}

} // namespace kizuna::test
