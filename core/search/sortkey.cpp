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

struct CodePoints
{
    char32_t first = 0;
    char32_t last = 0;
    bool exact = false;
    bool used = false;
};

constexpr int kBuckets = 1 << kBitsPerChar;
constexpr char32_t kLastCodePoint = 0x10FFFF;

bool isSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

// The first code point whose bucket is `bucket` or later: bucketOf() is monotone, so a
// binary search over the code points finds it, and the inverse can never drift from the map.
char32_t firstInOrAfter(qint64 bucket)
{
    char32_t low = 0;
    char32_t high = kLastCodePoint + 1;
    while (low < high) {
        const char32_t middle = low + (high - low) / 2;
        if (bucketOf(middle).value < bucket)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

// Which code points each bucket holds: one run apiece, surrogates left out (no key has one).
const std::array<CodePoints, kBuckets> &bucketRuns()
{
    static const auto runs = [] {
        std::array<CodePoints, kBuckets> table{};
        for (qint64 bucket = 1; bucket < kBuckets; ++bucket) {
            char32_t first = firstInOrAfter(bucket);
            char32_t last = firstInOrAfter(bucket + 1) - 1;
            if (first > kLastCodePoint || bucketOf(first).value != bucket)
                continue; // no code point maps here
            if (isSurrogate(first))
                first = 0xE000;
            if (isSurrogate(last))
                last = 0xD7FF;
            table[static_cast<std::size_t>(bucket)] = {first, last, bucketOf(first).exact, true};
        }
        return table;
    }();
    return runs;
}

QString withCodePoint(const QString &prefix, char32_t c)
{
    return prefix + QString::fromUcs4(&c, 1);
}

// The first string after every string that starts with `prefix`; none after the last one.
std::optional<QString> afterAllStartingWith(const QString &prefix)
{
    QList<uint> points = prefix.toUcs4();
    while (!points.isEmpty() && points.last() == kLastCodePoint)
        points.removeLast();
    if (points.isEmpty())
        return std::nullopt;
    const char32_t next = points.last() + 1;
    points.last() = isSurrogate(next) ? 0xE000 : next;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size());
}

// Keys made of `prefix` and then a code point in [first, last] (and, with orPrefixAlone,
// the prefix itself).
SortKey::KeyRange keysAfter(const QString &prefix, char32_t first, char32_t last,
                            bool orPrefixAlone)
{
    SortKey::KeyRange range;
    range.from = orPrefixAlone ? prefix : withCodePoint(prefix, first);
    if (last < kLastCodePoint) {
        const char32_t next = last + 1;
        range.before = withCodePoint(prefix, isSurrogate(next) ? 0xE000 : next);
    } else {
        range.before = afterAllStartingWith(prefix);
    }
    return range;
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

// digest() read backwards: the exact characters it went through form a prefix every key of
// the group starts with; the character where it stopped, or the coarse sixth, narrows what
// follows to one run of code points.
SortKey::KeyRange SortKey::keysOf(qint64 digest)
{
    const std::array<CodePoints, kBuckets> &runs = bucketRuns();
    const qint64 value = digest >> kTailBits;
    QString prefix;
    for (int i = 0; i < kDigestChars; ++i) {
        const auto bucket = static_cast<std::size_t>(
            (value >> (kBitsPerChar * (kDigestChars - 1 - i))) & (kBuckets - 1));
        if (bucket == 0) // padding: the key ended here
            return {prefix, withCodePoint(prefix, 0)};
        const CodePoints &run = runs[bucket];
        if (!run.exact)
            return keysAfter(prefix, run.first, run.last, false);
        prefix = withCodePoint(prefix, run.first);
    }
    // The coarse sixth character: four buckets, and bucket 0 means there was none.
    const int width = 1 << (kBitsPerChar - kTailBits);
    const int firstBucket = static_cast<int>(digest & ((qint64(1) << kTailBits) - 1)) * width;
    std::optional<char32_t> first;
    char32_t last = 0;
    for (int bucket = firstBucket; bucket < firstBucket + width; ++bucket) {
        const CodePoints &run = runs[static_cast<std::size_t>(bucket)];
        if (!run.used)
            continue;
        if (!first)
            first = run.first;
        last = run.last;
    }
    if (!first) // no character falls in these buckets: the prefix alone
        return {prefix, withCodePoint(prefix, 0)};
    return keysAfter(prefix, *first, last, firstBucket == 0);
}

qint64 SortKey::searchRowid(const QString &sortKey, qint64 contactId)
{
    return (digest(sortKey) << kIdBits) | (contactId & kIdMask);
}

} // namespace kizuna
