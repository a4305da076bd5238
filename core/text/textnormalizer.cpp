#include "textnormalizer.h"

#include <QHash>

namespace kizuna {

namespace {

// Old and variant forms that NFKC leaves alone but that name dictionaries and people typing
// write in the common form. Compatibility ideographs with a canonical decomposition (塚 and
// the like) are already handled by NFKC; U+FA11 﨑 is one of the twelve that have none.
const QHash<char32_t, char32_t> &oldFormTable()
{
    static const QHash<char32_t, char32_t> table = {
        {U'髙', U'高'}, {U'﨑', U'崎'}, {U'嵜', U'崎'}, {U'齋', U'斎'}, {U'齊', U'斎'},
        {U'邊', U'辺'}, {U'邉', U'辺'}, {U'澤', U'沢'}, {U'濱', U'浜'}, {U'德', U'徳'},
        {U'廣', U'広'}, {U'國', U'国'}, {U'櫻', U'桜'}, {U'瀨', U'瀬'}, {U'嶋', U'島'},
        {U'冨', U'富'}, {U'眞', U'真'}, {U'惠', U'恵'}, {U'藏', U'蔵'}, {U'淺', U'浅'},
        {U'圓', U'円'}, {U'實', U'実'}, {U'榮', U'栄'}, {U'澁', U'渋'}, {U'峯', U'峰'},
        {U'曾', U'曽'}, {U'舘', U'館'}, {U'𠮷', U'吉'}, {U'﨔', U'欅'}, {U'髮', U'髪'},
        {U'槇', U'槙'}, {U'靜', U'静'}, {U'堯', U'尭'}, {U'亞', U'亜'},
    };
    return table;
}

bool isHalfWidthKatakana(char32_t c)
{
    return c >= 0xFF61 && c <= 0xFF9F;
}

bool isKanji(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3005 ||
           c == 0x3006;
}

QString fromUcs4(const QList<uint> &codePoints)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()),
                             codePoints.size());
}

} // namespace

QString TextNormalizer::fold(const QString &text)
{
    QString result = foldOldForms(text.normalized(QString::NormalizationForm_KC));
    result = toHiragana(result.toCaseFolded());
    return result.simplified();
}

QString TextNormalizer::searchForm(const QString &text)
{
    QList<uint> kept;
    for (const char32_t c : fold(text).toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            kept.append(c);
    }
    return fromUcs4(kept);
}

QString TextNormalizer::digits(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            result.append(c);
    }
    return result;
}

QString TextNormalizer::toHiragana(const QString &text)
{
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        if (isHalfWidthKatakana(c)) {
            // Half-width kana carry their voicing mark as a separate character (ﾀﾞ); NFKC
            // over the run composes them (ダ) before the shift to hiragana.
            qsizetype end = i;
            while (end < text.size() && isHalfWidthKatakana(text.at(end).unicode()))
                ++end;
            result.append(
                toHiragana(text.mid(i, end - i).normalized(QString::NormalizationForm_KC)));
            i = end;
            continue;
        }
        if ((c >= 0x30A1 && c <= 0x30F6) || c == 0x30FD || c == 0x30FE)
            result.append(QChar(char16_t(c - 0x60)));
        else
            result.append(QChar(c));
        ++i;
    }
    return result;
}

QString TextNormalizer::toKatakana(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if ((u >= 0x3041 && u <= 0x3096) || u == 0x309D || u == 0x309E)
            c = QChar(char16_t(u + 0x60));
    }
    return result;
}

QString TextNormalizer::foldOldForms(const QString &text)
{
    const auto &table = oldFormTable();
    bool changed = false;
    QList<uint> codePoints = text.toUcs4();
    for (uint &c : codePoints) {
        const auto found = table.constFind(c);
        if (found != table.constEnd()) {
            c = found.value();
            changed = true;
        }
    }
    return changed ? fromUcs4(codePoints) : text;
}

QString TextNormalizer::sortPrimary(const QString &reading)
{
    // NFD splits a voiced kana into its base and a combining mark (が → か + U+3099); the
    // marks are dropped so voicing only breaks ties at a later level of the sort key.
    const QString decomposed = toHiragana(reading).normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        char16_t u = c.unicode();
        if (u == 0x3099 || u == 0x309A)
            continue;
        switch (u) {
        case 0x3041: // ぁぃぅぇぉ
        case 0x3043:
        case 0x3045:
        case 0x3047:
        case 0x3049:
        case 0x3063: // っ
        case 0x3083: // ゃゅょ
        case 0x3085:
        case 0x3087:
        case 0x308E: // ゎ
            u = char16_t(u + 1);
            break;
        case 0x3095: // ゕ
            u = 0x304B;
            break;
        case 0x3096: // ゖ
            u = 0x3051;
            break;
        default:
            break;
        }
        result.append(QChar(u));
    }
    return result;
}

bool TextNormalizer::isKana(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3041 && u <= 0x3096) || (u >= 0x3099 && u <= 0x309F) ||
           (u >= 0x30A1 && u <= 0x30FA) || (u >= 0x30FC && u <= 0x30FF) ||
           (u >= 0xFF66 && u <= 0xFF9F);
}

bool TextNormalizer::containsKanji(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (isKanji(c))
            return true;
    }
    return false;
}

bool TextNormalizer::isKanaOnly(const QString &text)
{
    bool sawKana = false;
    for (const QChar c : text) {
        if (isKana(c))
            sawKana = true;
        else if (!c.isSpace() && c != QChar(0x30FB) && c != QChar(0xFF65))
            return false;
    }
    return sawKana;
}

} // namespace kizuna
