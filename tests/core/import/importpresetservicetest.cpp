#include "import/importpresetservice.h"
#include "contacts/contactservice.h"
#include "import/contactimporter.h"
#include "io/fileerror.h"
#include "qtcatch.h"
#include "storage/importpresetrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>

using namespace kizuna;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

using F = ContactField;

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

// A customer ledger from an in-house spreadsheet: headers no built-in preset knows.
const char *kLedger = "取引先,担当,連絡先,社内メモ\n"
                      "株式会社ひかり電子,山田 太郎,taro@hikari.example.jp,要注意\n";

struct Fixture
{
    test::TestDatabase t;
    ContactService contacts{t.db(), nullptr};
    ImportPresetService presets{t.db()};
    ContactImporter importer{t.db(), contacts};
    QTemporaryDir dir;

    // The ledger's columns as the user maps them: company, name, e-mail; the memo stays out.
    void saveLedger(const QString &name)
    {
        PresetDraft draft =
            presets.draft(writeFile(dir, QStringLiteral("ledger.csv"), QString::fromUtf8(kLedger)));
        ImportPresetService::remap(draft, s("取引先"), F::Company);
        ImportPresetService::remap(draft, s("担当"), F::FullName);
        ImportPresetService::remap(draft, s("連絡先"), F::Email);
        ImportPresetService::remap(draft, s("社内メモ"), F::Ignore);
        presets.save(name, draft.header, draft.mapping);
    }
};

} // namespace

TEST_CASE("a preset is saved, listed, loaded and deleted", "[import][presets]")
{
    Fixture f;
    f.saveLedger(s("顧客台帳"));
    const auto loaded = f.presets.find(s("顧客台帳"));
    REQUIRE(loaded);
    CHECK(loaded->columns == QList<PresetColumn>{{s("取引先"), F::Company},
                                                 {s("担当"), F::FullName},
                                                 {s("連絡先"), F::Email},
                                                 {s("社内メモ"), F::Ignore}});
    CHECK(loaded->savedAt.isValid());
    CHECK(f.presets.catalog().names().last() == s("顧客台帳"));

    f.presets.remove(s("顧客台帳"));
    CHECK_FALSE(f.presets.find(s("顧客台帳")));
    CHECK(ImportPresetRepository(f.t.db()).list().isEmpty());
    CHECK(f.t.db().scalar(s("SELECT count(*) FROM import_preset_columns")).toInt() == 0);
    CHECK_THROWS_AS(f.presets.remove(s("顧客台帳")), StorageError);
    CHECK_THROWS_AS(f.presets.remove(s("eight")), ValidationError);
}

TEST_CASE("saving under a name already saved replaces that preset", "[import][presets]")
{
    Fixture f;
    f.saveLedger(s("台帳"));
    const bool replaced =
        f.presets.save(s("台帳"), {s("会社"), s("メール")}, {{F::Company, F::Email}, s("custom")});
    CHECK(replaced);
    const QList<SavedPreset> all = ImportPresetRepository(f.t.db()).list();
    REQUIRE(all.size() == 1);
    CHECK(all.first().columns ==
          QList<PresetColumn>{{s("会社"), F::Company}, {s("メール"), F::Email}});
}

TEST_CASE("a preset cannot take a built-in name, no name, or map nothing", "[import][presets]")
{
    Fixture f;
    const QStringList header{s("会社")};
    const ColumnMapping mapping{{F::Company}, s("custom")};
    for (const char *name : {"eight", "Google", " generic "}) {
        CAPTURE(name);
        try {
            f.presets.save(s(name), header, mapping);
            FAIL("saved under a built-in name");
        } catch (const ValidationError &error) {
            CHECK(error.field() == s("name"));
            CHECK(error.reason().contains(s("built-in")));
        }
    }
    CHECK_THROWS_AS(f.presets.save(s("auto"), header, mapping), ValidationError);
    CHECK_THROWS_AS(f.presets.save(s("  "), header, mapping), ValidationError);
    CHECK_THROWS_AS(f.presets.save(s("x"), header, {{F::Ignore}, s("custom")}), ValidationError);
    CHECK_THROWS_AS(f.presets.save(s("x"), header, {{F::Company, F::Email}, s("custom")}),
                    ValidationError);
    CHECK(ImportPresetRepository(f.t.db()).list().isEmpty());
}

TEST_CASE("a draft starts from the detected or named preset, and remapping needs the column",
          "[import][presets]")
{
    Fixture f;
    const QString file = writeFile(f.dir, QStringLiteral("generic.csv"),
                                   s("氏名,会社名,メモ\n山田 太郎,ひかり電子,展示会\n"));
    PresetDraft draft = f.presets.draft(file);
    CHECK(draft.header == QStringList{s("氏名"), s("会社名"), s("メモ")});
    CHECK(draft.mapping.fields == QList<F>{F::FullName, F::Company, F::Notes});
    // Headers are found the way presets compare them.
    ImportPresetService::remap(draft, s("ﾒﾓ "), F::Ignore);
    CHECK(draft.mapping.fields.at(2) == F::Ignore);
    CHECK_THROWS_AS(ImportPresetService::remap(draft, s("住所"), F::Address), ValidationError);
    CHECK_THROWS_AS(f.presets.draft(file, s("nosuch")), ValidationError);
}

TEST_CASE("an import by a saved preset's name maps the columns as saved", "[import][presets]")
{
    Fixture f;
    f.saveLedger(s("顧客台帳"));
    // A later export: columns moved, one added, headers written with a full-width space.
    const QString later = writeFile(f.dir, QStringLiteral("later.csv"),
                                    s("連絡先,担当　,取引先,備考\n"
                                      "hanako@hikari.example.jp,佐藤 花子,ひかり電子,VIP\n"));
    ImportOptions options;
    options.preset = s("顧客台帳");
    const ImportSummary summary = f.importer.importCsv(later, options);
    CHECK(summary.preset == s("顧客台帳"));
    REQUIRE(summary.created == 1);
    const Contact c = f.contacts.get(f.contacts.page({}).contacts.value(0).id);
    CHECK(c.familyName == s("佐藤"));
    CHECK(c.givenName == s("花子"));
    CHECK(c.company == s("ひかり電子"));
    CHECK(c.email == s("hanako@hikari.example.jp"));
    CHECK(c.notes.isEmpty()); // 備考 is not in the preset, so it is ignored
}

TEST_CASE("auto detection uses a saved preset whose header the file has exactly",
          "[import][presets]")
{
    Fixture f;
    f.saveLedger(s("顧客台帳"));
    const ImportSummary same = f.importer.importCsv(
        writeFile(f.dir, QStringLiteral("same.csv"), QString::fromUtf8(kLedger)), {});
    CHECK(same.preset == s("顧客台帳"));
    const Contact c = f.contacts.get(f.contacts.page({}).contacts.value(0).id);
    CHECK(c.company == s("株式会社ひかり電子"));
    CHECK(c.notes.isEmpty());

    // Another shape is detected as before.
    const ImportSummary other =
        f.importer.importCsv(writeFile(f.dir, QStringLiteral("other.csv"),
                                       s("氏名,メール\n鈴木 一郎,ichiro@example.jp\n")),
                             {});
    CHECK(other.preset == s("generic"));
}

TEST_CASE("an unknown preset name is refused, naming the saved ones", "[import][presets]")
{
    Fixture f;
    f.saveLedger(s("顧客台帳"));
    ImportOptions options;
    options.preset = s("顧客台帳2");
    try {
        f.importer.importCsv(
            writeFile(f.dir, QStringLiteral("ledger.csv"), QString::fromUtf8(kLedger)), options);
        FAIL("imported with an unknown preset");
    } catch (const FileError &error) {
        CHECK(error.message().contains(s("unknown preset \"顧客台帳2\"")));
        CHECK(error.message().contains(s("eight")));
        CHECK(error.message().contains(s("顧客台帳")));
    }
    CHECK(f.contacts.count({}) == 0);
}
