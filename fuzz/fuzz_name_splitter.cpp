// Fuzzes NameSplitter over arbitrary text (the input's bytes read as UTF-8).
//
// Invariants, beyond not crashing:
// - nothing is lost or made up: the two parts, spaces aside, reassemble the input's
//   non-space characters (family then given, given then family for a Western name, or
//   around the comma of "Doe, Jane");
// - a name with any non-space character has a family name; a blank one has neither part;
// - neither part starts or ends with a space, and spaces around the name change nothing.
#include "fuzzinvariant.h"
#include "import/namesplitter.h"

#include <cstddef>
#include <cstdint>

using namespace kizuna;

namespace {

QString withoutSpaces(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = fuzz::inputText(data, size);
    const SplitName name = NameSplitter::split(input);
    const QString detail =
        QStringLiteral("\"%1\" -> family \"%2\", given \"%3\"").arg(input, name.family, name.given);

    const QString expected = withoutSpaces(input);
    const QString family = withoutSpaces(name.family);
    const QString given = withoutSpaces(name.given);
    FUZZ_INVARIANT(family + given == expected || given + family == expected ||
                       family + u',' + given == expected,
                   detail);

    FUZZ_INVARIANT(name.family.isEmpty() == expected.isEmpty(), detail);
    if (name.family.isEmpty())
        FUZZ_INVARIANT(name.given.isEmpty(), detail);
    FUZZ_INVARIANT(name.family == name.family.trimmed() && name.given == name.given.trimmed(),
                   detail);

    const SplitName padded = NameSplitter::split(QChar(0x3000) + input + QStringLiteral("  "));
    FUZZ_INVARIANT(padded.family == name.family && padded.given == name.given,
                   detail + QStringLiteral(" but padded: family \"%1\", given \"%2\"")
                                .arg(padded.family, padded.given));
    return 0;
}
