#include "demodatagenerator.h"

#include "demorandom.h"
#include "demovocabulary.h"
#include "text/kanaromanizer.h"

namespace kizuna {

namespace {

template<typename T>
const T &pick(const QList<T> &list, DemoRandom &random)
{
    return list.at(random.below(list.size()));
}

Stage pickStage(DemoRandom &random)
{
    // A real pipeline: most leads stay cold, few become customers.
    const int roll = random.below(100);
    if (roll < 44)
        return Stage::Cold;
    if (roll < 64)
        return Stage::Warm;
    if (roll < 75)
        return Stage::Hot;
    if (roll < 87)
        return Stage::Customer;
    if (roll < 92)
        return Stage::Loyal;
    return Stage::Lost;
}

QString companyName(int stem, int trade)
{
    const auto &v = DemoVocabulary::instance();
    const QString core = v.companyStems.at(stem).kanji + v.companyTrades.at(trade).kanji;
    // The legal form belongs to the company, so it is chosen by the company, not the card.
    switch ((stem * 7 + trade * 3) % 10) {
    case 0:
    case 1:
    case 2:
        return core + QString::fromUtf8("株式会社");
    case 3:
        return QString::fromUtf8("有限会社") + core;
    case 4:
        return QString::fromUtf8("合同会社") + core;
    default:
        return QString::fromUtf8("株式会社") + core;
    }
}

QString phone(const QString &areaCode, DemoRandom &random)
{
    // Tokyo and Osaka have two-digit area codes and four-digit exchanges; elsewhere 3 + 3.
    if (areaCode.size() == 2)
        return areaCode + QLatin1Char('-') + random.exchange(4) + QLatin1Char('-') +
               random.digits(4);
    return areaCode + QLatin1Char('-') + random.exchange(3) + QLatin1Char('-') + random.digits(4);
}

QString mobile(DemoRandom &random)
{
    static const char *const prefixes[] = {"090", "080", "070"};
    return QString::fromLatin1(prefixes[random.below(3)]) + QLatin1Char('-') + random.exchange(4) +
           QLatin1Char('-') + random.digits(4);
}

bool isEvent(SourceKind kind)
{
    return kind == SourceKind::TradeShow || kind == SourceKind::Seminar ||
           kind == SourceKind::Other;
}

QDate exchangeDate(const Source *source, QDate today, DemoRandom &random)
{
    // Cards from an event carry one of its days; a campaign brings cards in from its start on.
    QDate from = today.addYears(-2).addDays(1);
    QDate to = today;
    if (source && source->startedOn.isValid()) {
        from = std::max(from, source->startedOn);
        if (source->endedOn.isValid() && isEvent(source->kind))
            to = std::min(to, source->endedOn);
    }
    if (to <= from)
        return to;
    return from.addDays(random.below(from.daysTo(to) + 1));
}

QString channelTag(const Source *source)
{
    const auto &v = DemoVocabulary::instance();
    if (!source)
        return {};
    switch (source->kind) {
    case SourceKind::TradeShow:
        return v.tradeShowTag;
    case SourceKind::Referral:
        return v.referralTag;
    case SourceKind::Seminar:
        return v.seminarTag;
    default:
        return {};
    }
}

bool isCustomer(Stage stage)
{
    return stage == Stage::Customer || stage == Stage::Loyal;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint32 seed, QDate today)
    : m_seed(seed)
    , m_today(today)
{
    m_sources = sources();
}

QList<Source> DemoDataGenerator::sources() const
{
    const int year = m_today.year();
    const auto source = [](const char *name, SourceKind kind, qint64 cost, QDate from, QDate to,
                           const char *notes) {
        Source s;
        s.name = QString::fromUtf8(name);
        s.kind = kind;
        s.cost = cost;
        s.startedOn = from;
        s.endedOn = to;
        s.notes = QString::fromUtf8(notes);
        return s;
    };
    QList<Source> list{
        source("FOOD展", SourceKind::TradeShow, 480000, m_today.addDays(-75), m_today.addDays(-73),
               "東京ビッグサイト。小間代と装飾費、配布資料を含む。"),
        source("産業交流展", SourceKind::TradeShow, 350000, m_today.addDays(-20),
               m_today.addDays(-18), "出展3日間。名刺交換のほとんどが2日目。"),
        source("取引先からの紹介", SourceKind::Referral, 0, {}, {}, "紹介元にはお礼状を送ること。"),
        source("Webサイト問い合わせ", SourceKind::Web, 240000, m_today.addYears(-1), {},
               "サイト保守費とリスティング広告の年額。"),
        source("経営セミナー", SourceKind::Seminar, 150000, m_today.addDays(-120),
               m_today.addDays(-120), "自社主催。会場費と講師謝礼。"),
        source("業界紙広告", SourceKind::Advertisement, 300000, m_today.addDays(-200),
               m_today.addDays(-170), "月刊誌に1/4ページ広告を2回。"),
        source("テレアポ", SourceKind::ColdCall, 90000, m_today.addDays(-90), {},
               "外部委託。リスト購入費を含む。"),
        source("商工会議所交流会", SourceKind::Other, 20000, m_today.addDays(-45),
               m_today.addDays(-45), "年会費の按分。"),
    };
    // Trade shows are named by year on their own signs, and so in the source list.
    list[0].name += QString::number(m_today.addDays(-75).year());
    list[1].name += QString::number(year);
    return list;
}

Contact DemoDataGenerator::contact(qint64 index) const
{
    const auto &v = DemoVocabulary::instance();
    DemoRandom random((quint64(m_seed) << 40) ^ quint64(index) * 0xD1B54A32D192ED03ULL);
    Contact c;

    const DemoVocabulary::Name &family = v.familyNames.at(random.frontLoaded(v.familyNames.size()));
    const bool female = random.percent(38);
    const DemoVocabulary::Name &given =
        female ? v.femaleGivenNames.at(random.frontLoaded(v.femaleGivenNames.size()))
               : v.maleGivenNames.at(random.frontLoaded(v.maleGivenNames.size()));
    c.familyName = !family.oldForm.isEmpty() && random.percent(12) ? family.oldForm : family.kanji;
    c.givenName = given.kanji;
    if (random.percent(85)) {
        c.familyKana = family.kana;
        c.givenKana = given.kana;
    }

    const int stem = random.below(v.companyStems.size());
    const int trade = random.below(v.companyTrades.size());
    c.company = companyName(stem, trade);
    const QString domain = v.companyStems.at(stem).romaji + QLatin1Char('-') +
                           v.companyTrades.at(trade).romaji + QStringLiteral(".example.jp");
    if (random.percent(10)) {
        c.title = pick(v.executiveTitles, random);
    } else {
        if (random.percent(85))
            c.department = pick(v.departments, random);
        c.title = pick(v.titles, random);
        // Sales managers often print the two as one title.
        static const QString sales = QString::fromUtf8("営業部");
        static const QString manager = QString::fromUtf8("部長");
        static const QString salesManager = QString::fromUtf8("営業部長");
        if (c.department == sales && c.title == manager && random.percent(50)) {
            c.title = salesManager;
            c.department.clear();
        }
    }

    const QString familyRomaji = KanaRomanizer::hepburn(family.kana);
    const QString givenRomaji = KanaRomanizer::hepburn(given.kana);
    switch (random.below(4)) {
    case 0:
        c.email = familyRomaji + QLatin1Char('@') + domain;
        break;
    case 1:
        c.email = QString(givenRomaji.left(1)) + QLatin1Char('.') + familyRomaji +
                  QLatin1Char('@') + domain;
        break;
    default:
        c.email = givenRomaji + QLatin1Char('.') + familyRomaji + QLatin1Char('@') + domain;
        break;
    }

    // The company's office is in one place, so its phones and address agree with each other.
    const DemoVocabulary::Place &place = v.places.at((stem * 31 + trade * 17) % v.places.size());
    c.phoneWork = phone(place.areaCode, random);
    if (random.percent(30))
        c.phoneDirect = phone(place.areaCode, random);
    if (random.percent(70))
        c.phoneMobile = mobile(random);
    if (random.percent(40))
        c.fax = phone(place.areaCode, random);
    c.postalCode = place.postalPrefix + QLatin1Char('-') + random.digits(4);
    c.address = place.prefectureCity + pick(place.towns, random) +
                QString::number(1 + random.below(5)) + QLatin1Char('-') +
                QString::number(1 + random.below(20)) + QLatin1Char('-') +
                QString::number(1 + random.below(15));
    const QString building = pick(v.buildings, random);
    if (!building.isEmpty())
        c.address += QLatin1Char(' ') + v.companyStems.at(stem).kanji + building;
    if (random.percent(60))
        c.url = QStringLiteral("https://www.") + domain + QLatin1Char('/');

    const Source *source =
        random.percent(90) ? &m_sources.at(random.below(m_sources.size())) : nullptr;
    if (source)
        c.source = source->name;
    c.cardExchangedOn = exchangeDate(source, m_today, random);
    c.stage = pickStage(random);
    // Loyalty takes time: a card from this year belongs to a customer at most.
    if (c.stage == Stage::Loyal && c.cardExchangedOn.daysTo(m_today) < 365)
        c.stage = Stage::Customer;

    const auto addTag = [&c](const QString &tag) {
        if (!tag.isEmpty() && !c.tags.contains(tag))
            c.tags.append(tag);
    };
    if (random.percent(60))
        addTag(channelTag(source));
    if (isCustomer(c.stage) && random.percent(50))
        addTag(v.customerTag);
    const int extraTags = random.below(3);
    for (int i = 0; i < extraTags; ++i)
        addTag(pick(v.tags, random));
    if (c.tags.size() > 3)
        c.tags.resize(3);

    if (random.percent(30)) {
        const QStringList *notes = &v.notes;
        if (isCustomer(c.stage) && random.percent(50))
            notes = &v.customerNotes;
        else if (source && !v.channelNotes.at(int(source->kind)).isEmpty() && random.percent(50))
            notes = &v.channelNotes.at(int(source->kind));
        c.notes = pick(*notes, random);
    }
    return c;
}

} // namespace kizuna
