#include "import/flexibledate.h"
#include "import/importpreset.h"
#include "import/namesplitter.h"
#include "qtcatch.h"

using namespace kizuna;

namespace {
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
QStringList header(const char *csv)
{
    return s(csv).split(QLatin1Char(','));
}
} // namespace

TEST_CASE("combined names are split the way each language writes them", "[import]")
{
    const auto check = [](const char *full, const char *family, const char *given) {
        const SplitName n = NameSplitter::split(s(full));
        CAPTURE(full);
        CHECK(n.family == s(family));
        CHECK(n.given == s(given));
    };
    check("山田 太郎", "山田", "太郎");
    check("山田　太郎", "山田", "太郎");
    check("  山田  太郎 ", "山田", "太郎");
    check("山田太郎", "山田", "太郎");
    check("佐々木健一", "佐々木", "健一");
    check("やまだ たろう", "やまだ", "たろう");
    check("Doe, Jane", "Doe", "Jane");
    check("Jane Doe", "Doe", "Jane");
    check("Mary Ann Smith", "Smith", "Mary Ann");
    check("Cher", "Cher", "");
    check("東海林", "東海林", "");
    check("", "", "");
}

TEST_CASE("dates in the forms Japanese exports write", "[import]")
{
    const QDate expected(2024, 4, 10);
    for (const char *text :
         {"2024/04/10", "2024-04-10", "2024.4.10", "2024年4月10日", "２０２４/４/１０", "R6.4.10",
          "R6/4/10", "令和6年4月10日", "2024/4/10 0:00", "20240410"}) {
        CAPTURE(text);
        CHECK(FlexibleDate::parse(s(text)) == expected);
    }
    CHECK(FlexibleDate::parse(s("H31.4.30")) == QDate(2019, 4, 30));
    CHECK(FlexibleDate::parse(s("令和元年5月1日")) == QDate(2019, 5, 1));
    CHECK(FlexibleDate::parse(s("S64.1.7")) == QDate(1989, 1, 7));
    CHECK_FALSE(FlexibleDate::parse(s("きのう")).isValid());
    CHECK_FALSE(FlexibleDate::parse(s("2024/13/40")).isValid());
    CHECK_FALSE(FlexibleDate::parse(QString()).isValid());
}

TEST_CASE("presets are recognised from the header row", "[import]")
{
    CHECK(
        ImportPreset::detect(header("会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,"
                                    "TEL直通,Fax,携帯電話,URL,名刺交換日")) == s("eight"));
    CHECK(
        ImportPreset::detect(header("会社名,部署名,役職,氏名,氏名（カナ）,メールアドレス,電話番号,"
                                    "名刺交換日,所有者")) == s("sansan"));
    CHECK(ImportPreset::detect(header("Name,Company,Department,Title,Mobile,Work Tel,Email")) ==
          s("camcard"));
    CHECK(ImportPreset::detect(header("First Name,Middle Name,Last Name,Phonetic First Name,"
                                      "Phonetic Last Name,Organization Name,E-mail 1 - Value")) ==
          s("google"));
    CHECK(ImportPreset::detect(header("Name,Given Name,Family Name,Given Name Yomi,"
                                      "Family Name Yomi,E-mail 1 - Value")) == s("google"));
    CHECK(ImportPreset::detect(header("First Name,Last Name,Company,Job Title,Business Phone,"
                                      "E-mail Address,Given Name Yomi,Family Name Yomi")) ==
          s("outlook"));
    CHECK(ImportPreset::detect(header(
              "姓,名,会社名,部署,役職,勤務先電話番号,電子メール アドレス ")) == s("outlook"));
    CHECK(ImportPreset::detect(header(
              "First Name,Last Name,Display Name,Primary Email,Organization")) == s("thunderbird"));
    CHECK(ImportPreset::detect(header("氏名,フリガナ,会社,携帯")) == s("generic"));
}

TEST_CASE("headers map after trimming and NFKC, Eight's tag columns become tags", "[import]")
{
    const QStringList eight =
        header("会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,"
               "TEL直通,Fax,携帯電話,URL,名刺交換日,展示会,ＶＩＰ");
    const ColumnMapping m = ImportPreset::mapping(s("auto"), eight);
    CHECK(m.presetName == s("eight"));
    CHECK(m.fields.at(3) == ContactField::FamilyName);
    CHECK(m.fields.at(10) == ContactField::PhoneDirect);
    CHECK(m.fields.at(15) == ContactField::TagFlag);
    CHECK(m.fields.at(16) == ContactField::TagFlag);

    const ColumnMapping generic =
        ImportPreset::mapping(s("generic"), header("氏名 ,ﾌﾘｶﾞﾅ,Ｅ－ｍａｉｌ,携帯電話,会社名"));
    CHECK(generic.fields == QList<ContactField>{ContactField::FullName, ContactField::FullKana,
                                                ContactField::Email, ContactField::PhoneMobile,
                                                ContactField::Company});
    CHECK(ImportPreset::mapping(s("nonsense"), eight).presetName.isEmpty());
}
