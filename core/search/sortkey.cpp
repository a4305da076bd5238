#include "sortkey.h"

#include "domain/contact.h"
#include "text/textnormalizer.h"

#include <array>

namespace kizuna {

namespace {

constexpr int kDigestChars = 5;
constexpr int kBitsPerChar = 7;
// After the five characters, a coarse bucket of the sixth: family names of four kana
// (さいとう, たかはし) fill the five with the reading and its separator, and without it every
// 斎藤 of a large database would share one group.
constexpr int kTailBits = 5;
constexpr char32_t kFirstHiragana = 0x3041;
constexpr char32_t kLastHiragana = 0x3096;

struct Bucket
{
    qint64 value = 0;
    bool exact = false; ///< no other code point shares the bucket
};

// Every kana that the primary level of a reading keeps (large, unvoiced) gets a bucket of its
// own; each run of the kana it folds away (が, ぱ, ゃ) shares one bucket between them.
const std::array<Bucket, kLastHiragana - kFirstHiragana + 1> &hiraganaBuckets()
{
    static const auto table = [] {
        std::array<Bucket, kLastHiragana - kFirstHiragana + 1> buckets{};
        qint64 next = 0;
        bool previousFolded = false;
        for (char32_t c = kFirstHiragana; c <= kLastHiragana; ++c) {
            const QString kana = QString::fromUcs4(&c, 1);
            const bool primary = TextNormalizer::sortPrimary(kana) == kana;
            if (primary || !previousFolded)
                ++next;
            buckets[c - kFirstHiragana] = {next, primary};
            previousFolded = !primary;
        }
        return buckets;
    }();
    return table;
}

// A monotone map of code points to 1..127. Characters where sort keys of names differ
// (separators, Latin letters, the kana of readings) map one to one, so the digest can go on
// to the next character; where several code points share a bucket the digest stops, because
// what follows could otherwise contradict their order.
Bucket bucketOf(char32_t c)
{
    if (c <= 0x02)
        return {1 + qint64(c), true}; // 1..3: the separators of the sort key levels
    if (c < u'0')
        return {4, false};
    if (c <= u'9')
        return {5, false};
    if (c < u'a')
        return {6, false};
    if (c <= u'z')
        return {7 + qint64(c - u'a'), true}; // 7..32
    if (c < kFirstHiragana)
        return {33, false};
    if (c <= kLastHiragana) {
        const Bucket kana = hiraganaBuckets()[c - kFirstHiragana];
        return {33 + kana.value, kana.exact}; // 34..111
    }
    if (c < 0x30FC)
        return {112, false};
    if (c == 0x30FC)
        return {113, true}; // ー
    if (c < 0x4E00)
        return {114, false};
    if (c <= 0x9FFF)
        return {115 + qint64(c - 0x4E00) * 11 / 0x5200, false}; // 115..125: kanji
    return {c <= 0xFFFF ? 126 : 127, false};
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
    qint64 tail = 0;
    for (const char32_t c : sortKey.toUcs4()) {
        const Bucket bucket = bucketOf(c);
        if (taken == kDigestChars) {
            // Coarse and last, so it need not be exact: a quarter of the 7-bit bucket.
            tail = bucket.value >> (kBitsPerChar - kTailBits);
            break;
        }
        value = (value << kBitsPerChar) | bucket.value;
        ++taken;
        if (!bucket.exact)
            break;
    }
    // A shorter key sorts before any longer key with the same start: pad with 0.
    for (; taken < kDigestChars; ++taken)
        value <<= kBitsPerChar;
    return (value << kTailBits) | tail;
}

qint64 SortKey::searchRowid(const QString &sortKey, qint64 contactId)
{
    return (digest(sortKey) << kIdBits) | (contactId & kIdMask);
}

} // namespace kizuna
