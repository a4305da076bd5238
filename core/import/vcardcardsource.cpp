#include "vcardcardsource.h"

#include "namesplitter.h"

#include <QCoreApplication>

namespace kizuna {

namespace {

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(separator);
}

QString telValue(const VcardProperty &p)
{
    QString value = p.text().trimmed();
    if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        value = value.mid(4); // vCard 4.0 writes numbers as URIs
    return value;
}

} // namespace

VcardCardSource::VcardCardSource(const QString &path, const QString &encoding)
    : m_reader(path, encoding)
{}

bool VcardCardSource::next(SourceCard &card)
{
    VcardCard vcard;
    if (!m_reader.next(vcard))
        return false;
    card.mapped = map(vcard);
    card.line = vcard.line;
    card.raw = vcard.raw;
    return true;
}

MappedRow VcardCardSource::map(const VcardCard &card)
{
    MappedRow out;
    Contact &c = out.contact;
    if (const VcardProperty *n = card.first(QStringLiteral("N"))) {
        const QStringList parts = n->parts();
        c.familyName = parts.value(0).trimmed();
        c.givenName = parts.value(1).trimmed();
        // vCard 4.0: N;SORT-AS="やまだ,たろう"
        const QString sortAs = n->params.value(QStringLiteral("SORT-AS")).remove(QLatin1Char('"'));
        if (!sortAs.isEmpty()) {
            const QStringList kana = sortAs.split(QLatin1Char(','));
            c.familyKana = kana.value(0).trimmed();
            c.givenKana = kana.value(1).trimmed();
        }
    }
    if (c.familyName.isEmpty() && c.givenName.isEmpty()) {
        if (const VcardProperty *fn = card.first(QStringLiteral("FN"))) {
            const SplitName split = NameSplitter::split(fn->text());
            c.familyName = split.family;
            c.givenName = split.given;
        }
    }
    if (const VcardProperty *p = card.first(QStringLiteral("X-PHONETIC-LAST-NAME")))
        c.familyKana = p->text().trimmed();
    if (const VcardProperty *p = card.first(QStringLiteral("X-PHONETIC-FIRST-NAME")))
        c.givenKana = p->text().trimmed();
    if (c.familyKana.isEmpty() && c.givenKana.isEmpty()) {
        if (const VcardProperty *sound = card.first(QStringLiteral("SOUND"));
            sound && sound->hasType(QStringLiteral("x-irmc-n"))) {
            const QStringList parts = sound->parts();
            c.familyKana = parts.value(0).trimmed();
            c.givenKana = parts.value(1).trimmed();
        } else if (const VcardProperty *sort = card.first(QStringLiteral("SORT-STRING"))) {
            const SplitName split = NameSplitter::split(sort->text());
            c.familyKana = split.family;
            c.givenKana = split.given;
        }
    }
    if (const VcardProperty *org = card.first(QStringLiteral("ORG"))) {
        const QStringList parts = org->parts();
        c.company = parts.value(0).trimmed();
        c.department = joined(parts.mid(1), QStringLiteral(" "));
    }
    if (const VcardProperty *p = card.first(QStringLiteral("TITLE")))
        c.title = p->text().trimmed();
    for (const VcardProperty *email : card.all(QStringLiteral("EMAIL"))) {
        const QString value = email->text().trimmed();
        if (c.email.isEmpty())
            c.email = value;
        else if (c.email2.isEmpty())
            c.email2 = value;
    }
    for (const VcardProperty *tel : card.all(QStringLiteral("TEL"))) {
        const QString value = telValue(*tel);
        if (tel->hasType(QStringLiteral("fax"))) {
            if (c.fax.isEmpty())
                c.fax = value;
        } else if (tel->hasType(QStringLiteral("x-direct"))) {
            if (c.phoneDirect.isEmpty())
                c.phoneDirect = value;
        } else if (tel->hasType(QStringLiteral("cell"))) {
            if (c.phoneMobile.isEmpty())
                c.phoneMobile = value;
        } else if (c.phoneWork.isEmpty()) {
            c.phoneWork = value;
        } else if (c.phoneDirect.isEmpty()) {
            c.phoneDirect = value;
        }
    }
    if (const VcardProperty *adr = card.first(QStringLiteral("ADR"))) {
        // post office box; extended; street; locality; region; postal code; country
        const QStringList p = adr->parts();
        c.address = joined({p.value(4), p.value(3), p.value(2), p.value(1)}, QStringLiteral(" "));
        c.postalCode = p.value(5).trimmed();
    }
    if (const VcardProperty *p = card.first(QStringLiteral("URL")))
        c.url = p->text().trimmed();
    if (const VcardProperty *p = card.first(QStringLiteral("NOTE")))
        c.notes = p->text().trimmed();
    for (const VcardProperty *p : card.all(QStringLiteral("CATEGORIES"))) {
        for (const QString &tag : p->value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString t = VcardProperty{{}, {}, tag}.text().trimmed();
            if (!t.isEmpty() && !c.tags.contains(t))
                c.tags.append(t);
        }
    }
    if (const VcardProperty *p = card.first(QStringLiteral("X-KIZUNA-CARD-EXCHANGED")))
        c.cardExchangedOn = QDate::fromString(p->text().trimmed(), Qt::ISODate);
    if (const VcardProperty *p = card.first(QStringLiteral("X-KIZUNA-SOURCE")))
        c.source = p->text().trimmed();
    if (const VcardProperty *p = card.first(QStringLiteral("X-KIZUNA-STAGE")))
        c.stage = stageFromKey(p->text()).value_or(Stage::Cold);
    if (c.familyName.isEmpty() && c.givenName.isEmpty() && c.email.isEmpty() && c.company.isEmpty())
        out.problem = QCoreApplication::translate("VcardCardSource",
                                                  "the card has no name, e-mail or company");
    return out;
}

} // namespace kizuna
