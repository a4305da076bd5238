#include "encodingdetector.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EncodingDetector", text);
}

bool inRange(uchar b, uchar low, uchar high)
{
    return b >= low && b <= high;
}

// How Japanese a decoded text looks: kana and kanji score, half-width katakana and symbols
// from the far corners of the tables (what EUC-JP bytes become when read as CP932) do not.
int japaneseScore(const QString &text)
{
    int score = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3041 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || u == 0x3000 ||
            u == 0x3001 || u == 0x3002)
            score += 2;
        else if (u >= 0xFF61 && u <= 0xFF9F)
            score -= 1;
        else if (u >= 0xE000 && u <= 0xF8FF)
            score -= 3; // private use: user-defined characters, almost never real text
    }
    return score;
}

QString decoded(QByteArrayView bytes, const QString &canonical)
{
    QStringDecoder decoder(EncodingDetector::decoderName(canonical).toLatin1().constData());
    return decoder.isValid() ? QString(decoder(bytes)) : QString();
}

} // namespace

QStringList EncodingDetector::supportedNames()
{
    return {QStringLiteral("utf-8"), QStringLiteral("cp932"), QStringLiteral("euc-jp"),
            QStringLiteral("utf-16le"), QStringLiteral("utf-16be")};
}

QString EncodingDetector::canonicalName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (key == QLatin1String("utf8") || key == QLatin1String("utf8sig") ||
        key == QLatin1String("utf8bom"))
        return QStringLiteral("utf-8");
    if (key == QLatin1String("cp932") || key == QLatin1String("shiftjis") ||
        key == QLatin1String("sjis") || key == QLatin1String("windows31j") ||
        key == QLatin1String("ms932") || key == QLatin1String("mskanji"))
        return QStringLiteral("cp932");
    if (key == QLatin1String("eucjp") || key == QLatin1String("euc"))
        return QStringLiteral("euc-jp");
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16") ||
        key == QLatin1String("unicode"))
        return QStringLiteral("utf-16le");
    if (key == QLatin1String("utf16be"))
        return QStringLiteral("utf-16be");
    return {};
}

QString EncodingDetector::decoderName(const QString &canonical)
{
    if (canonical == QLatin1String("cp932"))
        return QStringLiteral("CP932");
    if (canonical == QLatin1String("euc-jp"))
        return QStringLiteral("EUC-JP");
    if (canonical == QLatin1String("utf-16le"))
        return QStringLiteral("UTF-16LE");
    if (canonical == QLatin1String("utf-16be"))
        return QStringLiteral("UTF-16BE");
    return QStringLiteral("UTF-8");
}

qsizetype EncodingDetector::firstInvalidUtf8(QByteArrayView bytes, bool complete)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = static_cast<uchar>(bytes[i]);
        int follow = 0;
        char32_t min = 0;
        if (b < 0x80) {
            ++i;
            continue;
        } else if (inRange(b, 0xC2, 0xDF)) {
            follow = 1;
            min = 0x80;
        } else if (inRange(b, 0xE0, 0xEF)) {
            follow = 2;
            min = 0x800;
        } else if (inRange(b, 0xF0, 0xF4)) {
            follow = 3;
            min = 0x10000;
        } else {
            return i;
        }
        char32_t code = b & (0x3F >> follow);
        for (int k = 1; k <= follow; ++k) {
            if (i + k >= n)
                return complete ? i : -1; // cut at the end of a chunk
            const uchar c = static_cast<uchar>(bytes[i + k]);
            if ((c & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (c & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += follow + 1;
    }
    return -1;
}

qsizetype EncodingDetector::firstInvalidCp932(QByteArrayView bytes, bool complete)
{
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const uchar b = static_cast<uchar>(bytes[i]);
        if (b < 0x80 || inRange(b, 0xA1, 0xDF))
            continue; // ASCII and half-width katakana
        if (inRange(b, 0x81, 0x9F) || inRange(b, 0xE0, 0xFC)) {
            if (i + 1 >= n)
                return complete ? i : -1;
            const uchar t = static_cast<uchar>(bytes[i + 1]);
            if (!(inRange(t, 0x40, 0x7E) || inRange(t, 0x80, 0xFC)))
                return i;
            ++i;
            continue;
        }
        return i; // 0x80, 0xA0, 0xFD-0xFF are never lead bytes
    }
    return -1;
}

qsizetype EncodingDetector::firstInvalidEucJp(QByteArrayView bytes, bool complete)
{
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const uchar b = static_cast<uchar>(bytes[i]);
        if (b < 0x80)
            continue;
        int follow = 0;
        if (b == 0x8E) {
            // SS2: half-width katakana
            if (i + 1 >= n)
                return complete ? i : -1;
            if (!inRange(static_cast<uchar>(bytes[i + 1]), 0xA1, 0xDF))
                return i;
            ++i;
            continue;
        }
        if (b == 0x8F)
            follow = 2; // SS3: JIS X 0212
        else if (inRange(b, 0xA1, 0xFE))
            follow = 1;
        else
            return i;
        for (int k = 1; k <= follow; ++k) {
            if (i + k >= n)
                return complete ? i : -1;
            if (!inRange(static_cast<uchar>(bytes[i + k]), 0xA1, 0xFE))
                return i;
        }
        i += follow;
    }
    return -1;
}

DetectedEncoding EncodingDetector::detect(QByteArrayView sample, bool complete)
{
    const auto starts = [&sample](std::initializer_list<uchar> bom) {
        if (sample.size() < qsizetype(bom.size()))
            return false;
        qsizetype i = 0;
        for (const uchar b : bom) {
            if (static_cast<uchar>(sample[i++]) != b)
                return false;
        }
        return true;
    };
    if (starts({0xEF, 0xBB, 0xBF}))
        return {QStringLiteral("utf-8"), 3, tr("UTF-8 byte-order mark")};
    if (starts({0xFF, 0xFE}))
        return {QStringLiteral("utf-16le"), 2, tr("UTF-16 little-endian byte-order mark")};
    if (starts({0xFE, 0xFF}))
        return {QStringLiteral("utf-16be"), 2, tr("UTF-16 big-endian byte-order mark")};

    if (sample.contains('\0')) {
        // UTF-16 without a mark: ASCII text has every other byte zero.
        qsizetype evenZeros = 0;
        qsizetype oddZeros = 0;
        for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
            evenZeros += sample[i] == '\0' ? 1 : 0;
            oddZeros += sample[i + 1] == '\0' ? 1 : 0;
        }
        const qsizetype pairs = sample.size() / 2;
        if (pairs > 0 && oddZeros * 10 > pairs * 7 && evenZeros * 10 < pairs)
            return {QStringLiteral("utf-16le"), 0, tr("UTF-16 little-endian without a mark")};
        if (pairs > 0 && evenZeros * 10 > pairs * 7 && oddZeros * 10 < pairs)
            return {QStringLiteral("utf-16be"), 0, tr("UTF-16 big-endian without a mark")};
        return {{}, 0, tr("the file holds binary data (NUL bytes), not text")};
    }

    const qsizetype badUtf8 = firstInvalidUtf8(sample, complete);
    if (badUtf8 < 0)
        return {QStringLiteral("utf-8"), 0, tr("valid UTF-8")};
    const bool cp932 = firstInvalidCp932(sample, complete) < 0;
    const bool eucJp = firstInvalidEucJp(sample, complete) < 0;
    if (cp932 && eucJp) {
        const int cp932Score = japaneseScore(decoded(sample, QStringLiteral("cp932")));
        const int eucScore = japaneseScore(decoded(sample, QStringLiteral("euc-jp")));
        if (eucScore > cp932Score)
            return {QStringLiteral("euc-jp"), 0, tr("EUC-JP (reads as more natural Japanese)")};
        return {QStringLiteral("cp932"), 0, tr("Shift_JIS/CP932 (reads as more natural Japanese)")};
    }
    if (cp932)
        return {QStringLiteral("cp932"), 0, tr("valid Shift_JIS/CP932")};
    if (eucJp)
        return {QStringLiteral("euc-jp"), 0, tr("valid EUC-JP")};
    return {{},
            0,
            tr("the bytes fit no supported encoding (UTF-8, Shift_JIS/CP932, EUC-JP, UTF-16); "
               "the first byte that is not UTF-8 is at offset %1")
                .arg(badUtf8)};
}

} // namespace kizuna
