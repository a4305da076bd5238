// Fuzzes EncodingDetector over arbitrary bytes.
//
// Invariants, beyond not crashing:
// - every answer gives a reason; a valid one names a supported encoding, its own canonical
//   name, that Qt can decode, with a byte-order mark no longer than the input;
// - an encoding found without a byte-order mark is structurally valid over the whole input;
// - the UTF-8 check agrees with Qt's UTF-8 decoder, so a file detected as UTF-8 never fails
//   to decode later in the reader;
// - cutting the input anywhere (a sample of a large file) never makes a valid prefix invalid
//   and finds the first invalid byte where the whole input has it, or not yet;
// - a whole input detected as UTF-8 is detected as UTF-8 from any sample of its start.
#include "fuzzinvariant.h"
#include "io/encodingdetector.h"

#include <QStringDecoder>

#include <cstddef>
#include <cstdint>

using namespace kizuna;

namespace {

using Validator = qsizetype (*)(QByteArrayView, bool);

struct Structure
{
    const char *name;
    Validator firstInvalid;
};

const Structure kStructures[] = {
    {"utf-8", &EncodingDetector::firstInvalidUtf8},
    {"cp932", &EncodingDetector::firstInvalidCp932},
    {"euc-jp", &EncodingDetector::firstInvalidEucJp},
};

QList<qsizetype> cutPoints(qsizetype size)
{
    QList<qsizetype> cuts;
    const qsizetype step = std::max<qsizetype>(1, size / 64);
    for (qsizetype k = 0; k < size; k += step)
        cuts.append(k);
    // The last few bytes are where a character is cut.
    for (qsizetype k = std::max<qsizetype>(0, size - 4); k < size; ++k)
        cuts.append(k);
    return cuts;
}

void checkAnswer(const DetectedEncoding &detected, QByteArrayView bytes)
{
    FUZZ_INVARIANT(!detected.reason.isEmpty(), detected.name);
    if (!detected.isValid())
        return;
    FUZZ_INVARIANT(EncodingDetector::supportedNames().contains(detected.name), detected.name);
    FUZZ_INVARIANT(EncodingDetector::canonicalName(detected.name) == detected.name, detected.name);
    FUZZ_INVARIANT(detected.bomLength >= 0 && detected.bomLength <= bytes.size(),
                   QString::number(detected.bomLength));
    QStringDecoder decoder(EncodingDetector::decoderName(detected.name).toLatin1().constData());
    FUZZ_INVARIANT(decoder.isValid(), detected.name);
}

void checkStructure(const Structure &structure, QByteArrayView bytes)
{
    const qsizetype whole = structure.firstInvalid(bytes, true);
    FUZZ_INVARIANT(whole >= -1 && whole < bytes.size(), QStringLiteral("%1: offset %2 of %3")
                                                            .arg(QLatin1String(structure.name))
                                                            .arg(whole)
                                                            .arg(bytes.size()));
    FUZZ_INVARIANT(structure.firstInvalid(bytes, false) == -1 ||
                       structure.firstInvalid(bytes, false) == whole,
                   QLatin1String(structure.name));
    for (const qsizetype cut : cutPoints(bytes.size())) {
        const qsizetype inPrefix = structure.firstInvalid(bytes.first(cut), false);
        const QString detail = QStringLiteral("%1: whole %2, prefix of %3 bytes %4")
                                   .arg(QLatin1String(structure.name))
                                   .arg(whole)
                                   .arg(cut)
                                   .arg(inPrefix);
        if (whole == -1 || whole >= cut)
            FUZZ_INVARIANT(inPrefix == -1, detail);
        else
            FUZZ_INVARIANT(inPrefix == -1 || inPrefix == whole, detail);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const DetectedEncoding whole = EncodingDetector::detect(bytes, true);
    checkAnswer(whole, bytes);
    checkAnswer(EncodingDetector::detect(bytes, false), bytes);

    for (const Structure &structure : kStructures) {
        checkStructure(structure, bytes);
        if (whole.name == QLatin1String(structure.name) && whole.bomLength == 0)
            FUZZ_INVARIANT(structure.firstInvalid(bytes, true) == -1, whole.name);
    }

    // Stateless: a character cut at the end is an error now, as it is when the reader ends.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(bytes);
    FUZZ_INVARIANT((EncodingDetector::firstInvalidUtf8(bytes, true) == -1) == !utf8.hasError(),
                   QStringLiteral("structure: %1, Qt's decoder error: %2")
                       .arg(EncodingDetector::firstInvalidUtf8(bytes, true))
                       .arg(utf8.hasError()));

    if (whole.name == QLatin1String("utf-8") && whole.bomLength == 0) {
        for (const qsizetype cut : cutPoints(bytes.size())) {
            const DetectedEncoding sample = EncodingDetector::detect(bytes.first(cut), false);
            FUZZ_INVARIANT(
                sample.name == whole.name,
                QStringLiteral("the first %1 bytes read as %2").arg(cut).arg(sample.name));
        }
    }
    return 0;
}
