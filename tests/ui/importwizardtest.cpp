#include "importwizard.h"
#include "contacts/contactservice.h"
#include "import/contactfield.h"
#include "import/importhistory.h"
#include "import/importpresetservice.h"
#include "importfixtures.h"
#include "importmappingpage.h"
#include "importpageid.h"
#include "importpolicypage.h"
#include "importpreviewpage.h"
#include "importprogresspage.h"
#include "importresultpage.h"
#include "modalanswer.h"
#include "testdatabase.h"
#include "testpaths.h"

#include "qtcatch.h"
#include "waituntil.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kizuna;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Waits for the trial run of the policy page now shown.
void waitForTrial(ImportWizard &wizard)
{
    REQUIRE(test::waitUntil([&] { return !wizard.policyPage()->isTrialRunning(); }, 20000));
    REQUIRE(wizard.policyPage()->trial().has_value());
}

ContactField fieldShown(const ImportMappingPage *page, int column)
{
    return static_cast<ContactField>(page->fieldChoice(column)->currentData().toInt());
}

QStringList familyNames(ContactService &service)
{
    QStringList names;
    for (const Contact &c : service.page({}).contacts)
        names.append(c.familyName + QLatin1Char(' ') + c.givenName);
    names.sort();
    return names;
}

} // namespace

TEST_CASE("the import wizard takes an Eight export in CP932 from preview to undo", "[gui][import]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    ImportWizard wizard(service, test::eightCp932File());
    QSignalSpy changed(&wizard, &ImportWizard::contactsChanged);
    wizard.show();

    // Opened with a file, the wizard starts on its preview, decoded from CP932.
    REQUIRE(wizard.currentId() == ImportPreviewPageId);
    const ImportPreviewPage *preview = wizard.previewPage();
    CHECK(preview->errorText().isEmpty());
    CHECK(preview->formatText() == s("Eight"));
    CHECK(preview->readingText().contains(s("Shift_JIS")));
    CHECK(preview->encodingChoice()->currentText().startsWith(s("自動")));
    const QTableWidget *table = preview->table();
    REQUIRE(table->columnCount() == 17);
    CHECK(table->rowCount() == 6); // the quoted line break keeps 佐藤's address one row
    CHECK(table->horizontalHeaderItem(0)->text() == s("会社名"));
    CHECK(table->item(0, 0)->text() == s("㈱ひかり電子"));
    CHECK(table->item(0, 3)->text() == s("髙橋"));
    CHECK(table->item(0, 7)->text() == s("東京都千代田区神田須田町1-2-3 ①ビル"));

    // The columns start from the Eight preset.
    wizard.next();
    REQUIRE(wizard.currentId() == ImportMappingPageId);
    const ImportMappingPage *mapping = wizard.mappingPage();
    REQUIRE(mapping->columnCount() == 17);
    CHECK(fieldShown(mapping, 0) == ContactField::Company);
    CHECK(fieldShown(mapping, 3) == ContactField::FamilyName);
    CHECK(fieldShown(mapping, 4) == ContactField::GivenName);
    CHECK(fieldShown(mapping, 5) == ContactField::Email);
    CHECK(fieldShown(mapping, 15) == ContactField::TagFlag);
    CHECK(mapping->fieldChoice(0)->currentText() == s("会社名"));

    // The trial counts what the import would do, for each duplicate policy.
    wizard.next();
    REQUIRE(wizard.currentId() == ImportPolicyPageId);
    waitForTrial(wizard);
    const ImportSummary merge = *wizard.policyPage()->trial();
    CHECK(merge.dryRun);
    CHECK(merge.created == 2);
    CHECK(merge.merged == 1); // the same man twice, his e-mail in another case
    CHECK(merge.skipped == 0);
    CHECK(merge.rejected == 3);
    CHECK(service.count({}) == 0);
    wizard.policyPage()->policyChoice(OnDuplicate::Skip)->click();
    waitForTrial(wizard);
    CHECK(wizard.policyPage()->trial()->skipped == 1);
    CHECK(wizard.policyPage()->trial()->merged == 0);
    wizard.policyPage()->policyChoice(OnDuplicate::Merge)->click();
    waitForTrial(wizard);
    CHECK(wizard.policyPage()->trial()->merged == 1);
    CHECK(changed.isEmpty());

    // The import runs on the worker and the wizard moves on to its result by itself.
    wizard.next();
    REQUIRE(test::waitUntil([&] { return wizard.currentId() == int(ImportResultPageId); }, 20000));
    const ImportResultPage *result = wizard.resultPage();
    CHECK(result->countText(QStringLiteral("created")) == s("2"));
    CHECK(result->countText(QStringLiteral("merged")) == s("1"));
    CHECK(result->countText(QStringLiteral("skipped")) == s("0"));
    CHECK(result->countText(QStringLiteral("rejected")) == s("3"));
    CHECK(result->summaryText().contains(s("eight-cp932.csv")));
    CHECK(changed.size() == 1);

    CHECK(familyNames(service) == QStringList{s("佐藤 花子"), s("高橋 一郎")});
    const QList<ImportBatch> batches = ImportHistory(t.db(), service).list();
    REQUIRE(batches.size() == 1);
    CHECK(batches.first().preset == s("eight"));
    CHECK(batches.first().encoding == s("cp932"));

    // The rejected rows are in a file beside the database, with their reasons.
    CHECK(result->openRejectsButton()->isVisibleTo(&wizard));
    QFile rejects(wizard.session().rejectFile);
    CHECK(rejects.fileName().startsWith(t.folder()));
    REQUIRE(rejects.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(rejects.readAll()).contains(s("not-an-address")));

    // Undo, after saying yes to the question.
    test::ModalAnswer yes(QMessageBox::Yes);
    result->undoButton()->click();
    CHECK(yes.question().contains(s("取り消")));
    CHECK(service.count({}) == 0);
    CHECK(ImportHistory(t.db(), service).list().first().undoneAt.isValid());
    CHECK_FALSE(result->undoButton()->isEnabled());
    CHECK(changed.size() == 2);
}

TEST_CASE("the wizard saves a changed mapping as a preset that the next file is read with",
          "[gui][import]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    {
        ImportWizard wizard(service, test::eightCp932File());
        wizard.show();
        wizard.next();
        ImportMappingPage *mapping = wizard.mappingPage();
        // Our company keeps the "VIP" column for itself.
        QComboBox *vip = mapping->fieldChoice(16);
        vip->setCurrentIndex(vip->findData(int(ContactField::Ignore)));
        CHECK(wizard.session().mapping.presetName == s("custom"));
        CHECK_FALSE(mapping->savePreset(s("eight"))); // a built-in name is refused
        CHECK_FALSE(mapping->statusText().isEmpty());
        REQUIRE(mapping->savePreset(s("社内Eight")));
        CHECK(wizard.session().mapping.presetName == s("社内Eight"));
    }
    const auto saved = ImportPresetService(t.db()).find(s("社内Eight"));
    REQUIRE(saved.has_value());
    REQUIRE(saved->columns.size() == 17);
    CHECK(saved->columns.at(16).header == s("VIP"));
    CHECK(saved->columns.at(16).field == ContactField::Ignore);
    CHECK(saved->columns.at(15).field == ContactField::TagFlag);

    // The same columns are recognised as the saved preset next time.
    ImportWizard again(service, test::eightCp932File());
    again.show();
    CHECK(again.previewPage()->formatText() == s("社内Eight"));
    again.next();
    CHECK(fieldShown(again.mappingPage(), 16) == ContactField::Ignore);
}

TEST_CASE("the preview reads the file again in the encoding and delimiter chosen", "[gui][import]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    QTemporaryDir dir;
    // Semicolons, with a comma in every line too: detection takes the comma.
    const QString path = dir.filePath(QStringLiteral("semicolons.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QStringEncoder eucjp("EUC-JP");
        file.write(eucjp(s("氏名;会社名,支店\n山田 太郎;ひかり電子,大阪\n")));
    }
    ImportWizard wizard(service, path);
    wizard.show();
    ImportPreviewPage *preview = wizard.previewPage();
    CHECK(preview->readingText().contains(s("EUC-JP")));
    CHECK(preview->table()->columnCount() == 2);

    QComboBox *delimiter = preview->delimiterChoice();
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    emit delimiter->activated(delimiter->currentIndex());
    REQUIRE(preview->table()->columnCount() == 2);
    CHECK(preview->table()->horizontalHeaderItem(0)->text() == s("氏名"));
    CHECK(preview->table()->item(0, 1)->text() == s("ひかり電子,大阪"));

    // Read as UTF-8 the bytes make no sense, and the page says so.
    QComboBox *encoding = preview->encodingChoice();
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("utf-8")));
    emit encoding->activated(encoding->currentIndex());
    CHECK_FALSE(preview->isComplete());
    CHECK_FALSE(preview->errorText().isEmpty());
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("euc-jp")));
    emit encoding->activated(encoding->currentIndex());
    CHECK(preview->isComplete());

    // The choices reach the import.
    wizard.next();
    wizard.next();
    waitForTrial(wizard);
    CHECK(wizard.policyPage()->trial()->created == 1);
    wizard.next();
    REQUIRE(test::waitUntil([&] { return wizard.currentId() == int(ImportResultPageId); }, 20000));
    // Split at the commas the file would have no name column, and nobody would come in.
    CHECK(familyNames(service) == QStringList{s("山田 太郎")});
}

TEST_CASE("a vCard file skips the column page and imports its cards", "[gui][import]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    ImportWizard wizard(service, test::testDataDir() + QStringLiteral("/import/contacts-3-4.vcf"));
    wizard.show();
    const ImportPreviewPage *preview = wizard.previewPage();
    CHECK(preview->errorText().isEmpty());
    CHECK(preview->formatText().startsWith(s("vCard")));
    CHECK(preview->table()->rowCount() > 0);
    CHECK_FALSE(preview->delimiterChoice()->isEnabled());
    wizard.next();
    CHECK(wizard.currentId() == ImportPolicyPageId);
    waitForTrial(wizard);
    const qint64 expected = wizard.policyPage()->trial()->created;
    CHECK(expected > 0);
    wizard.next();
    REQUIRE(test::waitUntil([&] { return wizard.currentId() == int(ImportResultPageId); }, 20000));
    CHECK(service.count({}) == expected);
}

TEST_CASE("cancelling an import half-way stores nothing", "[gui][import]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    constexpr int kRows = 100000;
    test::writeManyCards(path, kRows);
    ImportWizard wizard(service, path);
    wizard.show();
    test::startImportAndWait(wizard);
    REQUIRE(wizard.currentId() == ImportProgressPageId);
    ImportProgressPage *progress = wizard.progressPage();
    CHECK(progress->progressText().contains(s("行")));
    CHECK(progress->isRunning());
    progress->cancelButton()->click();
    REQUIRE(test::waitUntil([&] { return wizard.currentId() == int(ImportResultPageId); }, 20000));
    REQUIRE(wizard.session().summary.has_value());
    CHECK(wizard.session().summary->cancelled);
    CHECK(wizard.session().summary->rows < kRows);
    CHECK(wizard.resultPage()->summaryText().contains(s("中止")));
    CHECK_FALSE(wizard.resultPage()->undoButton()->isVisibleTo(&wizard));
    CHECK(service.count({}) == 0);
    CHECK(ImportHistory(t.db(), service).list().isEmpty());
}

TEST_CASE("closing the wizard during an import cancels it", "[gui][import]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    test::writeManyCards(path, 50000);
    ImportWizard wizard(service, path);
    wizard.show();
    test::startImportAndWait(wizard);
    wizard.reject();
    CHECK_FALSE(wizard.progressPage()->isRunning());
    CHECK(service.count({}) == 0);
}
