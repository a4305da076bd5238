#include "kanaromanizer.h"

#include "textnormalizer.h"

#include <QHash>

namespace kizuna {

namespace {

// Hepburn spellings of one kana or of a kana followed by a small one (きゃ, ふぁ).
const QHash<QString, QString> &syllableTable()
{
    static const QHash<QString, QString> table = [] {
        const char *const pairs[][2] = {
            {"あ", "a"},     {"い", "i"},     {"う", "u"},     {"え", "e"},     {"お", "o"},
            {"か", "ka"},    {"き", "ki"},    {"く", "ku"},    {"け", "ke"},    {"こ", "ko"},
            {"さ", "sa"},    {"し", "shi"},   {"す", "su"},    {"せ", "se"},    {"そ", "so"},
            {"た", "ta"},    {"ち", "chi"},   {"つ", "tsu"},   {"て", "te"},    {"と", "to"},
            {"な", "na"},    {"に", "ni"},    {"ぬ", "nu"},    {"ね", "ne"},    {"の", "no"},
            {"は", "ha"},    {"ひ", "hi"},    {"ふ", "fu"},    {"へ", "he"},    {"ほ", "ho"},
            {"ま", "ma"},    {"み", "mi"},    {"む", "mu"},    {"め", "me"},    {"も", "mo"},
            {"や", "ya"},    {"ゆ", "yu"},    {"よ", "yo"},    {"ら", "ra"},    {"り", "ri"},
            {"る", "ru"},    {"れ", "re"},    {"ろ", "ro"},    {"わ", "wa"},    {"ゐ", "i"},
            {"ゑ", "e"},     {"を", "o"},     {"ん", "n"},     {"が", "ga"},    {"ぎ", "gi"},
            {"ぐ", "gu"},    {"げ", "ge"},    {"ご", "go"},    {"ざ", "za"},    {"じ", "ji"},
            {"ず", "zu"},    {"ぜ", "ze"},    {"ぞ", "zo"},    {"だ", "da"},    {"ぢ", "ji"},
            {"づ", "zu"},    {"で", "de"},    {"ど", "do"},    {"ば", "ba"},    {"び", "bi"},
            {"ぶ", "bu"},    {"べ", "be"},    {"ぼ", "bo"},    {"ぱ", "pa"},    {"ぴ", "pi"},
            {"ぷ", "pu"},    {"ぺ", "pe"},    {"ぽ", "po"},    {"ゔ", "vu"},    {"ぁ", "a"},
            {"ぃ", "i"},     {"ぅ", "u"},     {"ぇ", "e"},     {"ぉ", "o"},     {"ゃ", "ya"},
            {"ゅ", "yu"},    {"ょ", "yo"},    {"ゎ", "wa"},    {"ゕ", "ka"},    {"ゖ", "ke"},
            {"きゃ", "kya"}, {"きゅ", "kyu"}, {"きょ", "kyo"}, {"しゃ", "sha"}, {"しゅ", "shu"},
            {"しょ", "sho"}, {"ちゃ", "cha"}, {"ちゅ", "chu"}, {"ちょ", "cho"}, {"にゃ", "nya"},
            {"にゅ", "nyu"}, {"にょ", "nyo"}, {"ひゃ", "hya"}, {"ひゅ", "hyu"}, {"ひょ", "hyo"},
            {"みゃ", "mya"}, {"みゅ", "myu"}, {"みょ", "myo"}, {"りゃ", "rya"}, {"りゅ", "ryu"},
            {"りょ", "ryo"}, {"ぎゃ", "gya"}, {"ぎゅ", "gyu"}, {"ぎょ", "gyo"}, {"じゃ", "ja"},
            {"じゅ", "ju"},  {"じょ", "jo"},  {"ぢゃ", "ja"},  {"ぢゅ", "ju"},  {"ぢょ", "jo"},
            {"びゃ", "bya"}, {"びゅ", "byu"}, {"びょ", "byo"}, {"ぴゃ", "pya"}, {"ぴゅ", "pyu"},
            {"ぴょ", "pyo"}, {"しぇ", "she"}, {"じぇ", "je"},  {"ちぇ", "che"}, {"ふぁ", "fa"},
            {"ふぃ", "fi"},  {"ふぇ", "fe"},  {"ふぉ", "fo"},  {"てぃ", "ti"},  {"でぃ", "di"},
            {"とぅ", "tu"},  {"どぅ", "du"},  {"うぃ", "wi"},  {"うぇ", "we"},  {"うぉ", "wo"},
            {"ゔぁ", "va"},  {"ゔぃ", "vi"},  {"ゔぇ", "ve"},  {"ゔぉ", "vo"},  {"つぁ", "tsa"},
        };
        QHash<QString, QString> map;
        for (const auto &pair : pairs)
            map.insert(QString::fromUtf8(pair[0]), QString::fromLatin1(pair[1]));
        return map;
    }();
    return table;
}

bool isSmallKana(QChar c)
{
    switch (c.unicode()) {
    case u'ぁ':
    case u'ぃ':
    case u'ぅ':
    case u'ぇ':
    case u'ぉ':
    case u'ゃ':
    case u'ゅ':
    case u'ょ':
    case u'ゎ':
        return true;
    default:
        return false;
    }
}

bool isBareVowelKana(QChar c)
{
    return c == u'あ' || c == u'い' || c == u'う' || c == u'え' || c == u'お';
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'i' || c == u'u' || c == u'e' || c == u'o';
}

enum class Style
{
    Hepburn,
    Wapuro,
};

QString romanize(const QString &input, Style style)
{
    const QString kana =
        TextNormalizer::toHiragana(input.normalized(QString::NormalizationForm_KC));
    const auto &table = syllableTable();
    QString out;
    out.reserve(kana.size() * 3);
    bool doubleNext = false;
    qsizetype i = 0;
    while (i < kana.size()) {
        const QChar c = kana.at(i);
        if (c == u'っ') {
            doubleNext = true;
            ++i;
            continue;
        }
        if (c == u'ー') {
            // Hepburn leaves long vowels unwritten; a keyboard writes the vowel again.
            if (style == Style::Wapuro && !out.isEmpty() && isVowel(out.back()))
                out.append(out.back());
            doubleNext = false;
            ++i;
            continue;
        }
        QString syllable;
        qsizetype length = 0;
        if (i + 1 < kana.size() && isSmallKana(kana.at(i + 1))) {
            syllable = table.value(kana.mid(i, 2));
            if (!syllable.isEmpty())
                length = 2;
        }
        if (length == 0) {
            syllable = table.value(QString(c));
            length = 1;
        }
        if (syllable.isEmpty()) {
            out.append(QString(c).toCaseFolded());
            doubleNext = false;
            i += length;
            continue;
        }
        if (doubleNext && !isVowel(syllable.front()) && syllable.front() != u'n') {
            // っち is "tchi" in Hepburn, not "cchi".
            out.append(syllable.startsWith(QLatin1String("ch")) ? QChar(u't') : syllable.front());
        }
        doubleNext = false;
        if (style == Style::Hepburn && syllable == QLatin1String("n") && i + 1 < kana.size()) {
            // Passport Hepburn writes ん as m before b, m and p (なんば → namba).
            const QString next = table.value(QString(kana.at(i + 1)));
            if (next.startsWith(u'b') || next.startsWith(u'm') || next.startsWith(u'p'))
                syllable = QStringLiteral("m");
        }
        out.append(syllable);
        i += length;
        if (style == Style::Hepburn && i < kana.size()) {
            // Long vowels: おう, おお and うう are written with one vowel, unless the second
            // kana starts a new syllable with its own vowel after it (いのうえ → inoue).
            const QChar last = out.back();
            const QChar next = kana.at(i);
            const bool followedByVowel = i + 1 < kana.size() && isBareVowelKana(kana.at(i + 1));
            if (!followedByVowel && ((last == u'o' && (next == u'う' || next == u'お')) ||
                                     (last == u'u' && next == u'う')))
                ++i;
        }
    }
    return out;
}

} // namespace

QString KanaRomanizer::hepburn(const QString &kana)
{
    return romanize(kana, Style::Hepburn);
}

QString KanaRomanizer::wapuro(const QString &kana)
{
    return romanize(kana, Style::Wapuro);
}

} // namespace kizuna
