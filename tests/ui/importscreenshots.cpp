#include "contacts/contactservice.h"
#include "importfilepage.h"
#include "importfixtures.h"
#include "importpageid.h"
#include "importpolicypage.h"
#include "importsview.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "testdatabase.h"

#include "qtcatch.h"
#include "waituntil.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kizuna;

namespace {

// Every page as the user sees it, to look at after a change of the wizard's layout or words.
void save(ImportWizard &wizard, const QString &name)
{
    QTest::qWait(50);
    const QDir dir(qEnvironmentVariable("KIZUNA_SCREENSHOT_DIR", QDir::currentPath()));
    REQUIRE(wizard.grab().save(dir.filePath(QStringLiteral("import-wizard-%1.png").arg(name))));
}

} // namespace

// Run: kizuna_ui_tests "[.screenshot-import]" with KIZUNA_SCREENSHOT_DIR=folder.
TEST_CASE("screenshots of the import wizard", "[.screenshot-import]")
{
    // Qt's own words (the wizard's Back and Cancel) in Japanese too, as the app loads them.
    QTranslator qt;
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const QString eight = test::eightCp932File();
    {
        ImportWizard wizard(service);
        wizard.show();
        wizard.filePage()->pathField()->setText(QDir::toNativeSeparators(eight));
        save(wizard, QStringLiteral("file"));
        wizard.next();
        save(wizard, QStringLiteral("preview"));
        wizard.next();
        save(wizard, QStringLiteral("mapping"));
        wizard.next();
        REQUIRE(test::waitUntil([&] { return wizard.policyPage()->trial().has_value(); }, 20000));
        save(wizard, QStringLiteral("policy"));
        wizard.next();
        REQUIRE(
            test::waitUntil([&] { return wizard.currentId() == int(ImportResultPageId); }, 20000));
        save(wizard, QStringLiteral("result"));
    }
    {
        MainWindow window(service, t.path());
        window.resize(1280, 600);
        window.show();
        window.pageList()->setCurrentRow(window.pageStack()->indexOf(window.importsView()));
        QTest::qWait(50);
        const QDir dir(qEnvironmentVariable("KIZUNA_SCREENSHOT_DIR", QDir::currentPath()));
        REQUIRE(window.grab().save(dir.filePath(QStringLiteral("imports-page.png"))));
    }
    QTemporaryDir dir;
    const QString many = dir.filePath(QStringLiteral("展示会2026-名刺.csv"));
    test::writeManyCards(many, 100000);
    ImportWizard wizard(service, many);
    wizard.show();
    test::startImportAndWait(wizard, 100);
    save(wizard, QStringLiteral("progress"));
    wizard.reject();
    QCoreApplication::removeTranslator(&qt);
}
