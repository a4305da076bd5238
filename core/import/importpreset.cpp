#include "importpreset.h"

#include <QHash>

namespace kizuna {

namespace {

using F = ContactField;

struct Preset
{
    QString name;
    QStringList signature; ///< header keys that all appear in this export
    QHash<QString, F> columns;
};

void add(QHash<QString, F> &map, F field, std::initializer_list<const char *> headers)
{
    for (const char *header : headers)
        map.insert(ImportPreset::headerKey(QString::fromUtf8(header)), field);
}

QStringList keys(std::initializer_list<const char *> headers)
{
    QStringList out;
    for (const char *header : headers)
        out.append(ImportPreset::headerKey(QString::fromUtf8(header)));
    return out;
}

// Header synonyms in Japanese and English, for files from any spreadsheet.
QHash<QString, F> genericColumns()
{
    QHash<QString, F> m;
    add(m, F::FullName,
        {"氏名", "名前", "お名前", "フルネーム", "name", "full name", "display name"});
    add(m, F::FamilyName, {"姓", "苗字", "名字", "last name", "family name", "surname"});
    add(m, F::GivenName, {"名", "first name", "given name"});
    add(m, F::FullKana,
        {"ふりがな", "フリガナ", "よみ", "読み", "よみがな", "読み仮名", "カナ", "氏名カナ",
         "氏名(カナ)", "氏名(フリガナ)", "yomi", "phonetic name", "kana"});
    add(m, F::FamilyKana,
        {"姓(ふりがな)", "姓(フリガナ)", "姓カナ", "姓(カナ)", "姓よみ", "セイ", "せい",
         "family name yomi", "phonetic last name", "last name yomi"});
    add(m, F::GivenKana,
        {"名(ふりがな)", "名(フリガナ)", "名カナ", "名(カナ)", "名よみ", "メイ", "めい",
         "given name yomi", "phonetic first name", "first name yomi"});
    add(m, F::Company,
        {"会社名", "会社", "社名", "勤務先", "企業名", "company", "company name", "organization",
         "organization name", "organisation"});
    add(m, F::Department, {"部署", "部署名", "所属", "department"});
    add(m, F::Title, {"役職", "肩書", "肩書き", "役職名", "job title", "position"});
    add(m, F::Email,
        {"e-mail", "email", "メール", "メールアドレス", "eメール", "電子メール",
         "電子メールアドレス", "e-mail address", "email address", "mail", "メールアドレス2",
         "e-mail 2", "email 2"});
    add(m, F::Phone, {"電話", "電話番号", "tel", "phone", "phone number", "telephone"});
    add(m, F::PhoneWork,
        {"会社電話", "会社電話番号", "tel会社", "代表電話", "勤務先電話", "勤務先電話番号",
         "work phone", "business phone", "office phone"});
    add(m, F::PhoneDirect,
        {"直通", "直通電話", "tel直通", "tel部門", "部門電話", "direct", "direct phone"});
    add(m, F::PhoneMobile,
        {"携帯", "携帯電話", "携帯番号", "携帯電話番号", "mobile", "mobile phone", "cell",
         "cell phone", "mobile number"});
    add(m, F::Fax,
        {"fax", "ファックス", "fax番号", "ファクス", "勤務先ファックス", "business fax", "work fax",
         "fax number"});
    add(m, F::PostalCode, {"郵便番号", "〒", "zip", "zip code", "postal code", "postcode"});
    add(m, F::Address,
        {"住所", "所在地", "都道府県", "市区町村", "番地", "建物名", "住所1", "住所2", "address",
         "street", "city", "state"});
    add(m, F::Url, {"url", "web", "website", "ホームページ", "web page", "webサイト", "homepage"});
    add(m, F::Notes, {"メモ", "備考", "コメント", "notes", "note", "memo", "comment"});
    add(m, F::Tags, {"タグ", "tags", "tag", "labels", "グループ", "分類", "group", "categories"});
    add(m, F::CardExchangedOn, {"名刺交換日", "交換日", "出会った日", "date met"});
    add(m, F::Source, {"獲得経路", "リードソース", "流入元", "source", "lead source"});
    add(m, F::Stage, {"段階", "ステージ", "stage"});
    return m;
}

QList<Preset> buildPresets()
{
    QList<Preset> presets;
    {
        Preset eight{QStringLiteral("eight"),
                     keys({"会社名", "姓", "名", "TEL会社", "携帯電話", "名刺交換日"}),
                     {}};
        add(eight.columns, F::Company, {"会社名"});
        add(eight.columns, F::Department, {"部署名"});
        add(eight.columns, F::Title, {"役職"});
        add(eight.columns, F::FamilyName, {"姓"});
        add(eight.columns, F::GivenName, {"名"});
        add(eight.columns, F::Email, {"e-mail"});
        add(eight.columns, F::PostalCode, {"郵便番号"});
        add(eight.columns, F::Address, {"住所"});
        add(eight.columns, F::PhoneWork, {"TEL会社"});
        add(eight.columns, F::PhoneDirect, {"TEL部門", "TEL直通"});
        add(eight.columns, F::Fax, {"Fax"});
        add(eight.columns, F::PhoneMobile, {"携帯電話"});
        add(eight.columns, F::Url, {"URL"});
        add(eight.columns, F::CardExchangedOn, {"名刺交換日"});
        presets.append(eight);
    }
    {
        Preset sansan{
            QStringLiteral("sansan"), keys({"会社名", "氏名", "所有者", "名刺交換日"}), {}};
        add(sansan.columns, F::FullKana, {"氏名(カナ)", "氏名カナ"});
        add(sansan.columns, F::PhoneWork, {"電話番号", "TEL"});
        add(sansan.columns, F::Address, {"都道府県", "住所1", "住所2", "住所"});
        add(sansan.columns, F::Ignore, {"所有者", "会社名(カナ)", "会社名カナ"});
        presets.append(sansan);
    }
    {
        Preset camcard{QStringLiteral("camcard"),
                       keys({"Name", "Company", "Mobile", "Work Tel", "Email"}),
                       {}};
        add(camcard.columns, F::PhoneWork, {"Work Tel"});
        add(camcard.columns, F::Fax, {"Work Fax"});
        add(camcard.columns, F::FullKana, {"Name Pronunciation", "Phonetic Name"});
        add(camcard.columns, F::Address, {"Address"});
        add(camcard.columns, F::Notes, {"Note"});
        add(camcard.columns, F::Tags, {"Group"});
        presets.append(camcard);
    }
    {
        Preset google{
            QStringLiteral("google"), keys({"First Name", "Last Name", "E-mail 1 - Value"}), {}};
        add(google.columns, F::Company, {"Organization Name", "Organization 1 - Name"});
        add(google.columns, F::Title, {"Organization Title", "Organization 1 - Title"});
        add(google.columns, F::Department,
            {"Organization Department", "Organization 1 - Department"});
        add(google.columns, F::Email, {"E-mail 1 - Value"});
        add(google.columns, F::Phone, {"Phone 1 - Value", "Phone 2 - Value", "Phone 3 - Value"});
        add(google.columns, F::Address, {"Address 1 - Formatted"});
        add(google.columns, F::PostalCode, {"Address 1 - Postal Code"});
        add(google.columns, F::Url, {"Website 1 - Value"});
        add(google.columns, F::Tags, {"Labels", "Group Membership"});
        add(google.columns, F::Ignore,
            {"Address 1 - Street", "Address 1 - City", "Address 1 - Region", "Address 1 - Country",
             "Name", "File As", "Nickname"});
        presets.append(google);
        // The older template: Given Name / Family Name with their Yomi columns.
        Preset old{QStringLiteral("google"), keys({"Given Name", "Family Name", "Given Name Yomi"}),
                   google.columns};
        add(old.columns, F::FullName, {"Name"});
        add(old.columns, F::FullKana, {"Yomi Name"});
        presets.append(old);
    }
    {
        Preset outlook{QStringLiteral("outlook"),
                       keys({"First Name", "Last Name", "E-mail Address", "Business Phone"}),
                       {}};
        add(outlook.columns, F::Ignore, {"Title", "Suffix", "Initials", "Middle Name"});
        add(outlook.columns, F::Title, {"Job Title"});
        add(outlook.columns, F::Address,
            {"Business Street", "Business City", "Business State", "Business Country/Region"});
        add(outlook.columns, F::PostalCode, {"Business Postal Code"});
        add(outlook.columns, F::Email, {"E-mail Address"});
        add(outlook.columns, F::Ignore,
            {"E-mail 2 Address", "E-mail 3 Address", "Home Phone", "Home Street", "Home City",
             "Home Postal Code"});
        add(outlook.columns, F::Tags, {"Categories"});
        presets.append(outlook);
        Preset japanese{QStringLiteral("outlook"), keys({"姓", "名", "勤務先電話番号"}), {}};
        add(japanese.columns, F::Address,
            {"勤務先住所 番地", "勤務先住所 市区町村", "勤務先住所 都道府県", "勤務先 番地",
             "勤務先 市区町村", "勤務先 都道府県"});
        add(japanese.columns, F::PostalCode, {"勤務先住所 郵便番号", "勤務先 郵便番号"});
        add(japanese.columns, F::Ignore, {"敬称", "ミドル ネーム"});
        add(japanese.columns, F::Email, {"電子メール アドレス"});
        add(japanese.columns, F::Tags, {"分類"});
        presets.append(japanese);
    }
    {
        Preset thunderbird{QStringLiteral("thunderbird"),
                           keys({"Primary Email", "Display Name", "Organization"}),
                           {}};
        add(thunderbird.columns, F::Email, {"Primary Email"});
        add(thunderbird.columns, F::Ignore,
            {"Display Name", "Nickname", "Secondary Email", "Screen Name", "Home Phone",
             "Pager Number"});
        add(thunderbird.columns, F::Fax, {"Fax Number"});
        add(thunderbird.columns, F::PhoneMobile, {"Mobile Number"});
        add(thunderbird.columns, F::Address,
            {"Work Address", "Work Address 2", "Work City", "Work State", "Work Country"});
        add(thunderbird.columns, F::PostalCode, {"Work ZipCode"});
        add(thunderbird.columns, F::Url, {"Web Page 1"});
        add(thunderbird.columns, F::Ignore,
            {"Home Address", "Home Address 2", "Home City", "Home State", "Home ZipCode",
             "Home Country", "Web Page 2", "Birth Year", "Birth Month", "Birth Day"});
        presets.append(thunderbird);
    }
    return presets;
}

const QList<Preset> &presets()
{
    static const QList<Preset> all = buildPresets();
    return all;
}

const QHash<QString, F> &generic()
{
    static const QHash<QString, F> columns = genericColumns();
    return columns;
}

bool carries(const QStringList &headerKeys, const QStringList &signature)
{
    for (const QString &key : signature) {
        if (!headerKeys.contains(key))
            return false;
    }
    return true;
}

} // namespace

QString ImportPreset::headerKey(const QString &header)
{
    QString key = header.normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.remove(QChar(0xFEFF));
    QString out;
    for (const QChar c : key) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QStringList ImportPreset::names()
{
    return {QStringLiteral("eight"),  QStringLiteral("sansan"),  QStringLiteral("camcard"),
            QStringLiteral("google"), QStringLiteral("outlook"), QStringLiteral("thunderbird"),
            QStringLiteral("generic")};
}

QString ImportPreset::detect(const QStringList &header)
{
    QStringList headerKeys;
    for (const QString &h : header)
        headerKeys.append(headerKey(h));
    for (const Preset &preset : presets()) {
        if (carries(headerKeys, preset.signature))
            return preset.name;
    }
    return QStringLiteral("generic");
}

ColumnMapping ImportPreset::mapping(const QString &presetName, const QStringList &header)
{
    QString name = presetName.trimmed().toLower();
    if (name.isEmpty() || name == QLatin1String("auto"))
        name = detect(header);
    if (!names().contains(name))
        return {};

    QStringList headerKeys;
    for (const QString &h : header)
        headerKeys.append(headerKey(h));
    // A preset with two templates (Google, Outlook) uses the one the header matches.
    const Preset *chosen = nullptr;
    for (const Preset &preset : presets()) {
        if (preset.name == name && (!chosen || carries(headerKeys, preset.signature)))
            chosen = &preset;
        if (chosen && chosen->name == name && carries(headerKeys, chosen->signature))
            break;
    }

    ColumnMapping mapping;
    mapping.presetName = name;
    bool tagColumns = false;
    for (const QString &key : std::as_const(headerKeys)) {
        if (tagColumns) {
            // Eight writes one column per tag after the exchange date, holding 1 or nothing.
            mapping.fields.append(key.isEmpty() ? F::Ignore : F::TagFlag);
            continue;
        }
        F field = F::Ignore;
        if (chosen && chosen->columns.contains(key))
            field = chosen->columns.value(key);
        else
            field = generic().value(key, F::Ignore);
        mapping.fields.append(field);
        if (name == QLatin1String("eight") && field == F::CardExchangedOn)
            tagColumns = true;
    }
    return mapping;
}

} // namespace kizuna
