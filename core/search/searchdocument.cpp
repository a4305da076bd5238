#include "searchdocument.h"

#include "domain/contact.h"
#include "text/kanaromanizer.h"
#include "text/textnormalizer.h"

#include <QSet>

namespace kizuna {

QStringList SearchDocument::valuesOf(const Contact &contact, const QString &companyKana)
{
    const QString kana = contact.familyKana + contact.givenKana;
    QStringList values{
        contact.familyName + contact.givenName,
        kana,
        KanaRomanizer::hepburn(kana),
        KanaRomanizer::wapuro(kana),
        contact.company,
        companyKana,
        contact.department,
        contact.title,
        contact.email,
        contact.email2,
        TextNormalizer::digits(contact.phoneWork),
        TextNormalizer::digits(contact.phoneDirect),
        TextNormalizer::digits(contact.phoneMobile),
        TextNormalizer::digits(contact.fax),
        contact.notes,
    };
    values += contact.tags;
    return values;
}

QString SearchDocument::tokensOf(const QStringList &values)
{
    QString out;
    QSet<QString> seen;
    for (const QString &value : values) {
        const QString folded = TextNormalizer::searchForm(value);
        if (folded.isEmpty() || seen.contains(folded))
            continue;
        seen.insert(folded);
        appendTokens(folded, out);
        if (isLatinOrDigits(folded))
            appendTrigrams(folded, out);
    }
    return out;
}

QString SearchDocument::textOf(const QStringList &values)
{
    QStringList lines;
    for (const QString &value : values) {
        const QString folded = TextNormalizer::searchForm(value);
        if (!folded.isEmpty() && !lines.contains(folded))
            lines.append(folded);
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList SearchDocument::gramsOf(const QString &text)
{
    QSet<QString> grams;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        // By code point, as the tokens are: 𠮷 is one character, not two halves.
        const QList<uint> points = line.toUcs4();
        const auto *start = reinterpret_cast<const char32_t *>(points.constData());
        for (qsizetype i = 0; i < points.size(); ++i) {
            grams.insert(QString::fromUcs4(start + i, 1));
            if (i + 1 < points.size())
                grams.insert(QString::fromUcs4(start + i, 2));
        }
    }
    QStringList sorted(grams.cbegin(), grams.cend());
    sorted.sort();
    return sorted;
}

bool SearchDocument::isLatinOrDigits(const QString &foldedValue)
{
    for (const QChar c : foldedValue) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return !foldedValue.isEmpty();
}

void SearchDocument::appendTrigrams(const QString &foldedValue, QString &out)
{
    for (qsizetype i = 0; i + 3 <= foldedValue.size(); ++i) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QStringView(foldedValue).mid(i, 3);
    }
}

void SearchDocument::appendTokens(const QString &foldedValue, QString &out)
{
    // By code point, not UTF-16 unit, so a character outside the BMP (𠮷) is one character.
    const QList<uint> points = foldedValue.toUcs4();
    const qsizetype n = points.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i),
                                 i + 1 < n ? 2 : 1);
    }
}

} // namespace kizuna
