// Fuzzes VcardReader over arbitrary files, in the detected encoding and in one named by the
// user (which one varies with the input's size).
//
// Invariants, beyond not crashing:
// - the constructor either reads the file or throws FileError with a reason;
// - a file it accepts holds a BEGIN:VCARD, so the first next() gives a card or an error;
// - it ends: at most one card a line, on increasing lines, false for good once it said false;
// - an error names its line; bytes counted never pass the file's size (UTF-8 and CP932);
// - every property has a name without ASCII lower case or a group; every card's text runs from its
//   BEGIN:VCARD to its END:VCARD;
// - a structured value has one part more than it has unescaped semicolons.
#include "fuzzinvariant.h"
#include "io/encodingdetector.h"
#include "io/fileerror.h"
#include "io/vcardreader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <optional>

using namespace kizuna;

namespace {

qsizetype unescapedSemicolons(const QString &value)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\')
            ++i;
        else if (value.at(i) == u';')
            ++count;
    }
    return count;
}

void checkCard(const VcardCard &card)
{
    const QString raw = card.raw.trimmed();
    FUZZ_INVARIANT(raw.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive), card.raw);
    FUZZ_INVARIANT(raw.endsWith(QLatin1String("END:VCARD"), Qt::CaseInsensitive), card.raw);
    for (const VcardProperty &property : card.properties) {
        // Names are ASCII in vCard; other bytes are kept as they are.
        for (const QChar c : property.name)
            FUZZ_INVARIANT(c < u'a' || c > u'z', property.name);
        FUZZ_INVARIANT(!property.name.contains(u'.'), property.name);
        FUZZ_INVARIANT(property.parts().size() == unescapedSemicolons(property.value) + 1,
                       property.value);
        property.text();
        property.types();
    }
}

void readFile(const QString &path, qint64 fileSize, const QString &encoding, bool utf16)
{
    std::optional<VcardReader> reader;
    try {
        reader.emplace(path, encoding);
    } catch (const FileError &error) {
        FUZZ_INVARIANT(!error.reason().isEmpty(), error.message());
        return;
    }
    VcardCard card;
    qsizetype cards = 0;
    qint64 lastLine = 0;
    while (reader->next(card)) {
        ++cards;
        FUZZ_INVARIANT(card.line > lastLine, QString::number(card.line));
        FUZZ_INVARIANT(cards <= fileSize, QString::number(cards));
        lastLine = card.line;
        checkCard(card);
    }
    FUZZ_INVARIANT(cards > 0 || !reader->error().isEmpty(),
                   QStringLiteral("a BEGIN:VCARD line but neither a card nor an error"));
    FUZZ_INVARIANT(reader->error().isEmpty() || reader->errorLine() >= 1, reader->error());
    FUZZ_INVARIANT(!reader->next(card), QStringLiteral("a card after the end"));
    // UTF-16 is brought to UTF-8 before lines are counted, which changes the byte count.
    if (!utf16)
        FUZZ_INVARIANT(
            reader->bytesRead() <= reader->totalBytes() + 1,
            QStringLiteral("%1 of %2 bytes").arg(reader->bytesRead()).arg(reader->totalBytes()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("input.vcf"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const bool detectedUtf16 =
        EncodingDetector::detect(bytes, true).name.startsWith(QLatin1String("utf-16"));
    readFile(path, static_cast<qint64>(size), {}, detectedUtf16);
    static const QString named[] = {QStringLiteral("utf-8"), QStringLiteral("cp932"),
                                    QStringLiteral("euc-jp"), QStringLiteral("utf-16le")};
    const QString &encoding = named[size % 4];
    readFile(path, static_cast<qint64>(size), encoding,
             encoding.startsWith(QLatin1String("utf-16")) || detectedUtf16);
    VcardReader::looksLikeVcard(path);
    return 0;
}
