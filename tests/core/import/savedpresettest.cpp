#include "import/presetcatalog.h"
#include "qtcatch.h"

using namespace kizuna;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

using F = ContactField;

SavedPreset ledger(const QDateTime &savedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC))
{
    return {s("顧客台帳"),
            {{s("会社"), F::Company},
             {s("担当者"), F::FullName},
             {s("社内メモ"), F::Ignore},
             {s("連絡先"), F::Email}},
            savedAt};
}

} // namespace

TEST_CASE("a saved preset maps columns by header, wherever they stand", "[import][presets]")
{
    const SavedPreset preset = ledger();
    // Moved columns keep their fields; a column the preset does not name is ignored.
    const ColumnMapping moved =
        preset.mapping({s("連絡先"), s("新しい列"), s("会社"), s("担当者")});
    CHECK(moved.presetName == s("顧客台帳"));
    CHECK(moved.fields == QList<F>{F::Email, F::Ignore, F::Company, F::FullName});
    // Headers compare as ImportPreset::headerKey does: a trailing space, full-width letters
    // and case make no difference.
    const SavedPreset latin{s("crm"), {{s("Kaisha"), F::Company}, {s("Mail"), F::Email}}, {}};
    CHECK(latin.mapping({s("Ｋａｉｓｈａ "), s(" mail")}).fields == QList<F>{F::Company, F::Email});
    CHECK(latin.fits({s("KAISHA"), s("Ｍａｉｌ")}));
    CHECK_FALSE(latin.fits({s("Mail"), s("Kaisha")}));
    CHECK_FALSE(latin.fits({s("Kaisha")}));
}

TEST_CASE("a header used twice takes the saved columns of that header in turn", "[import][presets]")
{
    const SavedPreset preset{
        s("二段住所"),
        {{s("住所"), F::Address}, {s("住所"), F::Notes}, {s("氏名"), F::FullName}},
        {}};
    CHECK(preset.mapping({s("氏名"), s("住所"), s("住所"), s("住所")}).fields ==
          QList<F>{F::FullName, F::Address, F::Notes, F::Ignore});
}

TEST_CASE("the catalog resolves built-in and saved names, and auto prefers an exact fit",
          "[import][presets]")
{
    const QStringList ledgerHeader{s("会社"), s("担当者"), s("社内メモ"), s("連絡先")};
    const PresetCatalog catalog({ledger()});
    CHECK(catalog.names() == ImportPreset::names() + QStringList{s("顧客台帳")});
    CHECK(catalog.mapping(s(" 顧客台帳 "), ledgerHeader).presetName == s("顧客台帳"));
    CHECK(catalog.mapping(s("Eight"), ledgerHeader).presetName == s("eight"));
    CHECK(catalog.mapping(s("nosuch"), ledgerHeader).presetName.isEmpty());
    CHECK(catalog.mapping(s("custom"), ledgerHeader).presetName.isEmpty());

    CHECK(catalog.mapping(s("auto"), ledgerHeader).presetName == s("顧客台帳"));
    CHECK(catalog.mapping({}, ledgerHeader).fields ==
          QList<F>{F::Company, F::FullName, F::Ignore, F::Email});
    // One column more and the file is not of that shape: built-in detection as before.
    CHECK(catalog.mapping(s("auto"), ledgerHeader + QStringList{s("メモ")}).presetName ==
          s("generic"));
    CHECK(PresetCatalog{}.mapping(s("auto"), ledgerHeader).presetName == s("generic"));

    // Two saved presets fit: the one saved last wins, whatever the order of the list.
    SavedPreset newer = ledger(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    newer.name = s("台帳2");
    newer.columns[2].field = F::Notes;
    for (const PresetCatalog &both :
         {PresetCatalog({ledger(), newer}), PresetCatalog({newer, ledger()})})
        CHECK(both.mapping(s("auto"), ledgerHeader).presetName == s("台帳2"));
}

TEST_CASE("built-in names and the words import options use are reserved", "[import][presets]")
{
    const QString name =
        s(GENERATE("eight", "Sansan", " generic ", "THUNDERBIRD", "auto", "custom", "vcard"));
    CAPTURE(name);
    CHECK(PresetCatalog::isReserved(name));
    CHECK_FALSE(PresetCatalog::isReserved(name + QStringLiteral("2")));
}
