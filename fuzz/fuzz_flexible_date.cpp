// Fuzzes FlexibleDate over arbitrary text (the input's bytes read as UTF-8).
//
// Invariants, beyond not crashing:
// - a date it returns is a valid date, in the years 1 to 9999;
// - the date reads back: written as 2024/04/10, 2024-04-10, 2024年4月10日 and 20240410 it
//   parses to itself;
// - spaces around the text, and full-width digits and separators for ASCII text, change
//   nothing.
#include "fuzzinvariant.h"
#include "import/flexibledate.h"

#include <cstddef>
#include <cstdint>

using namespace kizuna;

namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// What a Japanese input method writes for the same keys: U+FF01..U+FF5E for ASCII
// punctuation, digits and letters, U+3000 for a space.
QString fullWidth(const QString &ascii)
{
    QString out;
    for (const QChar c : ascii) {
        if (c == u' ')
            out.append(QChar(0x3000));
        else if (c.unicode() > 0x20 && c.unicode() < 0x7F)
            out.append(QChar(c.unicode() - 0x21 + 0xFF01));
        else
            out.append(c);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = fuzz::inputText(data, size);
    const QDate date = FlexibleDate::parse(input);
    const QString detail = QStringLiteral("\"%1\" -> %2").arg(input, date.toString(Qt::ISODate));

    const QDate padded = FlexibleDate::parse(QStringLiteral(" \t") + input + QChar(0x3000));
    FUZZ_INVARIANT(padded == date, detail);
    if (isAscii(input))
        FUZZ_INVARIANT(FlexibleDate::parse(fullWidth(input)) == date,
                       detail + QStringLiteral(", full width: ") + fullWidth(input));

    if (date.isNull())
        return 0;
    FUZZ_INVARIANT(date.isValid(), detail);
    FUZZ_INVARIANT(date.year() >= 1 && date.year() <= 9999, detail);
    for (const QString &format : {QStringLiteral("yyyy/MM/dd"), QStringLiteral("yyyy-MM-dd"),
                                  QString::fromUtf8("yyyy年M月d日"), QStringLiteral("yyyyMMdd")}) {
        const QString written = date.toString(format);
        if (date.year() >= 1000)
            FUZZ_INVARIANT(FlexibleDate::parse(written) == date,
                           detail + QStringLiteral(", written as ") + written);
    }
    return 0;
}
