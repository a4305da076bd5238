#include "contactnormalizer.h"

#include "text/textnormalizer.h"

namespace kizuna {

namespace {

QString simplified(const QString &value)
{
    // U+3000 counts as white space for QString::simplified().
    return value.simplified();
}

QString halfWidth(const QString &value)
{
    QString text = value.normalized(QString::NormalizationForm_KC);
    // Dashes that Japanese input methods produce in phone numbers and postal codes.
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 ||
            u == 0x2015 || u == 0x2212 || u == 0x30FC || u == 0xFF70)
            c = QLatin1Char('-');
    }
    return text.simplified();
}

} // namespace

QString ContactNormalizer::phone(const QString &value)
{
    return halfWidth(value);
}

QString ContactNormalizer::postalCode(const QString &value)
{
    QString text = halfWidth(value);
    text = text.trimmed();
    if (text.startsWith(QChar(0x3012))) // 〒 printed before the code on cards
        text = text.mid(1).trimmed();
    const QString digits = TextNormalizer::digits(text);
    if (digits.size() == 7 && text.size() <= 8)
        return digits.left(3) + QLatin1Char('-') + digits.mid(3);
    return text;
}

QString ContactNormalizer::email(const QString &value)
{
    QString text = value.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
        text = text.mid(7);
    return text;
}

QString ContactNormalizer::reading(const QString &value)
{
    // NFKC first: half-width katakana (ﾀﾛｳ) become full-width before folding to hiragana.
    return TextNormalizer::toHiragana(value.normalized(QString::NormalizationForm_KC).simplified());
}

Contact ContactNormalizer::normalized(Contact c)
{
    c.familyName = simplified(c.familyName);
    c.givenName = simplified(c.givenName);
    c.familyKana = reading(c.familyKana);
    c.givenKana = reading(c.givenKana);
    c.company = simplified(c.company);
    c.department = simplified(c.department);
    c.title = simplified(c.title);
    c.email = email(c.email);
    c.email2 = email(c.email2);
    c.phoneWork = phone(c.phoneWork);
    c.phoneDirect = phone(c.phoneDirect);
    c.phoneMobile = phone(c.phoneMobile);
    c.fax = phone(c.fax);
    c.postalCode = postalCode(c.postalCode);
    c.address = simplified(c.address);
    c.url = c.url.trimmed();
    c.notes = c.notes.trimmed();
    c.source = simplified(c.source);
    QStringList tags;
    for (const QString &tag : std::as_const(c.tags)) {
        const QString t = simplified(tag);
        if (!t.isEmpty() && !tags.contains(t))
            tags.append(t);
    }
    c.tags = tags;
    return c;
}

} // namespace kizuna
