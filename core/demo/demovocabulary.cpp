#include "demovocabulary.h"

#include "domain/sourcekind.h"

namespace kizuna {

namespace {

struct NameEntry
{
    const char *kanji;
    const char *kana;
    const char *oldForm = "";
};

QList<DemoVocabulary::Name> names(std::initializer_list<NameEntry> list)
{
    QList<DemoVocabulary::Name> out;
    for (const NameEntry &entry : list)
        out.append({QString::fromUtf8(entry.kanji), QString::fromUtf8(entry.kana),
                    QString::fromUtf8(entry.oldForm)});
    return out;
}

QList<DemoVocabulary::CompanyPart>
parts(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QList<DemoVocabulary::CompanyPart> out;
    for (const auto &[kanji, romaji] : list)
        out.append({QString::fromUtf8(kanji), QString::fromLatin1(romaji)});
    return out;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *word : list)
        out.append(QString::fromUtf8(word));
    return out;
}

DemoVocabulary build()
{
    DemoVocabulary v;
    // Ordered roughly by how common the names are in Japan. Some families keep an old
    // character form (髙, 齋, 邊, 﨑, 嶋, 濱, 廣, 澤); the generator uses it now and then.
    v.familyNames = names({
        {"佐藤", "さとう"},
        {"鈴木", "すずき"},
        {"高橋", "たかはし", "髙橋"},
        {"田中", "たなか"},
        {"伊藤", "いとう"},
        {"渡辺", "わたなべ", "渡邊"},
        {"山本", "やまもと"},
        {"中村", "なかむら"},
        {"小林", "こばやし"},
        {"加藤", "かとう"},
        {"吉田", "よしだ"},
        {"山田", "やまだ"},
        {"佐々木", "ささき"},
        {"山口", "やまぐち"},
        {"松本", "まつもと"},
        {"井上", "いのうえ"},
        {"木村", "きむら"},
        {"林", "はやし"},
        {"斎藤", "さいとう", "齋藤"},
        {"清水", "しみず"},
        {"山崎", "やまざき", "山﨑"},
        {"森", "もり"},
        {"池田", "いけだ"},
        {"橋本", "はしもと"},
        {"阿部", "あべ"},
        {"石川", "いしかわ"},
        {"山下", "やました"},
        {"中島", "なかじま", "中嶋"},
        {"石井", "いしい"},
        {"小川", "おがわ"},
        {"前田", "まえだ"},
        {"岡田", "おかだ"},
        {"長谷川", "はせがわ"},
        {"藤田", "ふじた"},
        {"後藤", "ごとう"},
        {"近藤", "こんどう"},
        {"村上", "むらかみ"},
        {"遠藤", "えんどう"},
        {"青木", "あおき"},
        {"坂本", "さかもと"},
        {"斉藤", "さいとう"},
        {"福田", "ふくだ"},
        {"太田", "おおた"},
        {"西村", "にしむら"},
        {"藤井", "ふじい"},
        {"金子", "かねこ"},
        {"岡本", "おかもと"},
        {"藤原", "ふじわら"},
        {"中野", "なかの"},
        {"三浦", "みうら"},
        {"原田", "はらだ"},
        {"中川", "なかがわ"},
        {"松田", "まつだ"},
        {"竹内", "たけうち"},
        {"小野", "おの"},
        {"田村", "たむら"},
        {"中山", "なかやま"},
        {"和田", "わだ"},
        {"石田", "いしだ"},
        {"森田", "もりた"},
        {"上田", "うえだ"},
        {"原", "はら"},
        {"内田", "うちだ"},
        {"柴田", "しばた"},
        {"酒井", "さかい"},
        {"宮崎", "みやざき", "宮﨑"},
        {"横山", "よこやま"},
        {"高木", "たかぎ"},
        {"安藤", "あんどう"},
        {"宮本", "みやもと"},
        {"大野", "おおの"},
        {"小島", "こじま"},
        {"五十嵐", "いがらし"},
        {"東海林", "しょうじ"},
        {"浜田", "はまだ", "濱田"},
        {"広瀬", "ひろせ", "廣瀬"},
        {"沢田", "さわだ", "澤田"},
        {"菅原", "すがわら"},
    });
    v.maleGivenNames = names({
        {"太郎", "たろう"},   {"一郎", "いちろう"}, {"健一", "けんいち"},   {"誠", "まこと"},
        {"大輔", "だいすけ"}, {"翔太", "しょうた"}, {"拓也", "たくや"},     {"直樹", "なおき"},
        {"浩", "ひろし"},     {"隆", "たかし"},     {"修", "おさむ"},       {"学", "まなぶ"},
        {"健太", "けんた"},   {"亮", "りょう"},     {"和也", "かずや"},     {"達也", "たつや"},
        {"剛", "つよし"},     {"哲也", "てつや"},   {"俊介", "しゅんすけ"}, {"雄一", "ゆういち"},
        {"智之", "ともゆき"}, {"光男", "みつお"},   {"正樹", "まさき"},     {"秀樹", "ひでき"},
        {"康弘", "やすひろ"}, {"悠斗", "ゆうと"},   {"蓮", "れん"},         {"陽介", "ようすけ"},
        {"慎吾", "しんご"},   {"雅人", "まさと"},   {"信也", "しんや"},     {"賢治", "けんじ"},
        {"博之", "ひろゆき"}, {"克也", "かつや"},   {"徹", "とおる"},       {"淳", "じゅん"},
    });
    v.femaleGivenNames = names({
        {"花子", "はなこ"}, {"陽子", "ようこ"},   {"恵子", "けいこ"},   {"裕子", "ゆうこ"},
        {"由美", "ゆみ"},   {"真由美", "まゆみ"}, {"美香", "みか"},     {"直美", "なおみ"},
        {"智子", "ともこ"}, {"久美子", "くみこ"}, {"明美", "あけみ"},   {"幸子", "さちこ"},
        {"愛", "あい"},     {"彩", "あや"},       {"美咲", "みさき"},   {"さくら", "さくら"},
        {"葵", "あおい"},   {"結衣", "ゆい"},     {"麻衣", "まい"},     {"沙織", "さおり"},
        {"千尋", "ちひろ"}, {"奈々", "なな"},     {"亜希子", "あきこ"}, {"恵美", "えみ"},
        {"香織", "かおり"}, {"理恵", "りえ"},     {"典子", "のりこ"},   {"和子", "かずこ"},
        {"由香", "ゆか"},   {"彩花", "あやか"},   {"里美", "さとみ"},   {"美穂", "みほ"},
        {"綾乃", "あやの"}, {"舞", "まい"},       {"純子", "じゅんこ"}, {"京子", "きょうこ"},
    });
    v.companyStems = parts({
        {"ひかり", "hikari"},   {"青葉", "aoba"},      {"大和", "yamato"},    {"東洋", "toyo"},
        {"富士", "fuji"},       {"三和", "sanwa"},     {"日之出", "hinode"},  {"北斗", "hokuto"},
        {"中央", "chuo"},       {"丸栄", "maruei"},    {"山幸", "yamako"},    {"旭", "asahi"},
        {"若葉", "wakaba"},     {"白鷺", "shirasagi"}, {"瑞穂", "mizuho"},    {"明星", "myojo"},
        {"協和", "kyowa"},      {"昭栄", "shoei"},     {"大成", "taisei"},    {"千代田", "chiyoda"},
        {"浪速", "naniwa"},     {"相模", "sagami"},    {"信濃", "shinano"},   {"越後", "echigo"},
        {"紀州", "kishu"},      {"栄光", "eiko"},      {"松風", "matsukaze"}, {"金剛", "kongo"},
        {"緑川", "midorikawa"}, {"朝霧", "asagiri"},
    });
    v.companyTrades = parts({
        {"電子", "denshi"},   {"製作所", "seisakusho"}, {"商事", "shoji"},     {"工業", "kogyo"},
        {"食品", "shokuhin"}, {"建設", "kensetsu"},     {"印刷", "insatsu"},   {"運輸", "unyu"},
        {"設計", "sekkei"},   {"システム", "system"},   {"不動産", "fudosan"}, {"物産", "bussan"},
        {"化学", "kagaku"},   {"精機", "seiki"},        {"製菓", "seika"},     {"酒造", "shuzo"},
        {"技研", "giken"},    {"産業", "sangyo"},       {"物流", "butsuryu"},  {"電機", "denki"},
    });
    v.departments =
        words({"営業部",     "第一営業部", "第二営業部",       "営業企画部", "総務部",
               "経理部",     "購買部",     "資材調達部",       "製造部",     "技術部",
               "開発部",     "企画部",     "マーケティング部", "人事部",     "情報システム部",
               "経営企画室", "品質保証部", "海外事業部",       "店舗開発部", "広報部"});
    v.executiveTitles =
        words({"代表取締役", "代表取締役社長", "取締役", "常務取締役", "専務取締役"});
    v.titles = words({"部長", "次長", "課長", "課長代理", "係長", "主任", "マネージャー",
                      "チームリーダー", "担当", "", "", ""});
    v.tags = words({"決裁者", "要見積", "VIP", "年賀状", "新規開拓", "キーパーソン"});
    v.tradeShowTag = QString::fromUtf8("展示会");
    v.referralTag = QString::fromUtf8("紹介");
    v.seminarTag = QString::fromUtf8("セミナー参加");
    v.customerTag = QString::fromUtf8("既存取引先");
    v.notes = words({
        "見積依頼あり。来月に再訪予定。",
        "既存の仕入先に不満あり。価格より納期重視。",
        "決裁は社長。次回は社長同席で提案したい。",
        "年度末に予算確定。2月に再度連絡すること。",
        "サンプルを希望。発送後に電話でフォロー。",
        "競合と比較検討中。導入事例を求められた。",
        "担当者が4月に異動予定。後任の紹介を依頼済み。",
    });
    v.customerNotes = words({"昨年から取引あり。追加発注の可能性大。",
                             "納品後の満足度は高い。別部署への横展開を提案中。"});
    v.channelNotes.resize(allSourceKinds().size());
    v.channelNotes[int(SourceKind::TradeShow)] =
        words({"展示会で名刺交換。来期の設備更新を検討中とのこと。",
               "ブースに2回来訪。カタログ一式を持ち帰られた。"});
    v.channelNotes[int(SourceKind::Referral)] =
        words({"紹介者: 取引先の部長。丁寧なフォローを。", "紹介元にお礼の連絡済み。"});
    v.channelNotes[int(SourceKind::Seminar)] =
        words({"セミナー後に個別相談。資料を送付済み。", "アンケートで「導入を検討中」に回答。"});
    v.channelNotes[int(SourceKind::Web)] =
        words({"問い合わせフォームから資料請求。", "価格表のダウンロード後に電話で問い合わせ。"});
    v.buildings = words({"", "", "", "", "ビル3F", "ビル5F", "センタービル2階", "第一ビル8F",
                         "ビジネスセンター401", "タワー12F"});
    v.places = {
        {QString::fromUtf8("東京都千代田区"), QStringLiteral("03"), QStringLiteral("101"),
         words({"神田須田町", "大手町", "丸の内", "内神田", "岩本町"})},
        {QString::fromUtf8("東京都港区"), QStringLiteral("03"), QStringLiteral("105"),
         words({"芝公園", "浜松町", "新橋", "虎ノ門", "芝大門"})},
        {QString::fromUtf8("東京都新宿区"), QStringLiteral("03"), QStringLiteral("160"),
         words({"西新宿", "新宿", "四谷", "高田馬場", "大久保"})},
        {QString::fromUtf8("神奈川県横浜市西区"), QStringLiteral("045"), QStringLiteral("220"),
         words({"みなとみらい", "高島", "北幸", "南幸", "平沼"})},
        {QString::fromUtf8("埼玉県さいたま市大宮区"), QStringLiteral("048"), QStringLiteral("330"),
         words({"桜木町", "大門町", "宮町", "仲町", "下町"})},
        {QString::fromUtf8("愛知県名古屋市中区"), QStringLiteral("052"), QStringLiteral("460"),
         words({"栄", "錦", "丸の内", "大須", "新栄"})},
        {QString::fromUtf8("大阪府大阪市北区"), QStringLiteral("06"), QStringLiteral("530"),
         words({"梅田", "曽根崎", "堂島", "中之島", "天神橋"})},
        {QString::fromUtf8("大阪府東大阪市"), QStringLiteral("06"), QStringLiteral("577"),
         words({"高井田", "長田", "荒本", "御厨", "菱屋西"})},
        {QString::fromUtf8("京都府京都市下京区"), QStringLiteral("075"), QStringLiteral("600"),
         words({"四条通", "烏丸通", "東塩小路町", "綾小路", "仏光寺"})},
        {QString::fromUtf8("兵庫県神戸市中央区"), QStringLiteral("078"), QStringLiteral("650"),
         words({"三宮町", "元町通", "港島", "磯上通", "栄町通"})},
        {QString::fromUtf8("福岡県福岡市博多区"), QStringLiteral("092"), QStringLiteral("812"),
         words({"博多駅前", "中洲", "祇園町", "住吉", "東比恵"})},
        {QString::fromUtf8("北海道札幌市中央区"), QStringLiteral("011"), QStringLiteral("060"),
         words({"北一条西", "大通西", "南一条西", "北五条西", "南三条東"})},
        {QString::fromUtf8("宮城県仙台市青葉区"), QStringLiteral("022"), QStringLiteral("980"),
         words({"一番町", "国分町", "中央", "本町", "花京院"})},
        {QString::fromUtf8("広島県広島市中区"), QStringLiteral("082"), QStringLiteral("730"),
         words({"紙屋町", "八丁堀", "大手町", "基町", "中町"})},
        {QString::fromUtf8("静岡県浜松市中央区"), QStringLiteral("053"), QStringLiteral("430"),
         words({"板屋町", "砂山町", "旭町", "鍛冶町", "田町"})},
        {QString::fromUtf8("新潟県新潟市中央区"), QStringLiteral("025"), QStringLiteral("950"),
         words({"万代", "古町通", "東大通", "弁天", "笹口"})},
    };
    return v;
}

} // namespace

const DemoVocabulary &DemoVocabulary::instance()
{
    static const DemoVocabulary vocabulary = build();
    return vocabulary;
}

} // namespace kizuna
