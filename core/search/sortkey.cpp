#include "sortkey.h"

#include "domain/contact.h"
#include "text/textnormalizer.h"

namespace kizuna {

namespace {

constexpr int kDigestChars = 4;
constexpr int kBitsPerChar = 9;

// Maps a code point to 1..511 without ever reversing the order of two code points; the
// ranges that names use (ASCII, kana, kanji) get the finest buckets.
qint64 bucketOf(char32_t c)
{
    if (c < 0x20)
        return 1;
    if (c < 0x80)
        return 2 + (c - 0x20); // 2..97
    if (c < 0x3041)
        return 98;
    if (c < 0x30A0)
        return 99 + (c - 0x3041); // 99..193: hiragana
    if (c < 0x4E00)
        return 194;
    if (c < 0xA000)
        return 195 + (c - 0x4E00) / 80; // 195..457: kanji
    if (c < 0x10000)
        return 458 + (c - 0xA000) / 1024; // 458..481
    return 482;
}

QString readingPart(const QString &kana, const QString &name)
{
    const QString folded = TextNormalizer::fold(kana);
    return folded.isEmpty() ? TextNormalizer::fold(name) : folded;
}

} // namespace

QString SortKey::forContact(const Contact &contact)
{
    QString family = readingPart(contact.familyKana, contact.familyName);
    QString given = readingPart(contact.givenKana, contact.givenName);
    if (family.isEmpty() && given.isEmpty())
        family = TextNormalizer::fold(contact.email);
    const QChar levelSeparator(0x02);
    const QChar partSeparator(0x01);
    return TextNormalizer::sortPrimary(family) + partSeparator +
           TextNormalizer::sortPrimary(given) + levelSeparator + family + partSeparator + given +
           levelSeparator + TextNormalizer::fold(contact.familyName) + partSeparator +
           TextNormalizer::fold(contact.givenName);
}

qint64 SortKey::digest(const QString &sortKey)
{
    qint64 value = 0;
    int taken = 0;
    for (const char32_t c : sortKey.toUcs4()) {
        if (taken == kDigestChars)
            break;
        value = (value << kBitsPerChar) | bucketOf(c);
        ++taken;
    }
    // A shorter key sorts before any longer key with the same start: pad with 0.
    for (; taken < kDigestChars; ++taken)
        value <<= kBitsPerChar;
    return value;
}

qint64 SortKey::searchRowid(const QString &sortKey, qint64 contactId)
{
    return (digest(sortKey) << kIdBits) | (contactId & kIdMask);
}

} // namespace kizuna
