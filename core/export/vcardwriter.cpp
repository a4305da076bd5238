#include "vcardwriter.h"

#include "domain/contact.h"
#include "domain/personname.h"

#include <QIODevice>

namespace kizuna {

VcardWriter::VcardWriter(QIODevice *device)
    : m_device(device)
{}

QString VcardWriter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u',' || c == u';')
            out.append(QLatin1Char('\\'));
        if (c == u'\n')
            out.append(QStringLiteral("\\n"));
        else if (c != u'\r')
            out.append(c);
    }
    return out;
}

void VcardWriter::line(const QString &text)
{
    // Fold at 75 octets; a continuation starts with a space. Never inside a character.
    const QByteArray utf8 = text.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<uchar>(utf8.at(cut)) & 0xC0) == 0x80)
            --cut;
        m_device->write(utf8.mid(start, cut - start));
        m_device->write("\r\n ");
        start = cut;
        limit = 74; // the leading space counts
    }
    m_device->write(utf8.mid(start));
    m_device->write("\r\n");
}

void VcardWriter::write(const Contact &c)
{
    line(QStringLiteral("BEGIN:VCARD"));
    line(QStringLiteral("VERSION:4.0"));
    QString n = QStringLiteral("N");
    if (!c.familyKana.isEmpty() || !c.givenKana.isEmpty())
        n += QStringLiteral(";SORT-AS=\"%1,%2\"").arg(c.familyKana, c.givenKana);
    line(n + QLatin1Char(':') + escaped(c.familyName) + QLatin1Char(';') + escaped(c.givenName) +
         QStringLiteral(";;;"));
    line(QStringLiteral("FN:") + escaped(displayName(c, NameOrder::FamilyFirst)));
    if (!c.familyKana.isEmpty())
        line(QStringLiteral("X-PHONETIC-LAST-NAME:") + escaped(c.familyKana));
    if (!c.givenKana.isEmpty())
        line(QStringLiteral("X-PHONETIC-FIRST-NAME:") + escaped(c.givenKana));
    if (!c.company.isEmpty() || !c.department.isEmpty())
        line(QStringLiteral("ORG:") + escaped(c.company) +
             (c.department.isEmpty() ? QString() : QLatin1Char(';') + escaped(c.department)));
    if (!c.title.isEmpty())
        line(QStringLiteral("TITLE:") + escaped(c.title));
    if (!c.email.isEmpty())
        line(QStringLiteral("EMAIL;TYPE=work:") + escaped(c.email));
    if (!c.email2.isEmpty())
        line(QStringLiteral("EMAIL:") + escaped(c.email2));
    const auto tel = [this](const char *types, const QString &number) {
        if (!number.isEmpty())
            line(QStringLiteral("TEL;VALUE=text;TYPE=\"%1\":").arg(QLatin1String(types)) +
                 escaped(number));
    };
    tel("work,voice", c.phoneWork);
    tel("work,voice,x-direct", c.phoneDirect);
    tel("cell,voice", c.phoneMobile);
    tel("work,fax", c.fax);
    if (!c.address.isEmpty() || !c.postalCode.isEmpty())
        line(QStringLiteral("ADR;TYPE=work:;;") + escaped(c.address) + QStringLiteral(";;;") +
             escaped(c.postalCode) + QLatin1Char(';'));
    if (!c.url.isEmpty())
        line(QStringLiteral("URL:") + escaped(c.url));
    if (!c.notes.isEmpty())
        line(QStringLiteral("NOTE:") + escaped(c.notes));
    if (!c.tags.isEmpty()) {
        QStringList tags;
        for (const QString &t : c.tags)
            tags.append(escaped(t));
        line(QStringLiteral("CATEGORIES:") + tags.join(QLatin1Char(',')));
    }
    // What vCard has no property for, as private extensions Kizuna reads back.
    if (c.cardExchangedOn.isValid())
        line(QStringLiteral("X-KIZUNA-CARD-EXCHANGED:") + c.cardExchangedOn.toString(Qt::ISODate));
    if (!c.source.isEmpty())
        line(QStringLiteral("X-KIZUNA-SOURCE:") + escaped(c.source));
    line(QStringLiteral("X-KIZUNA-STAGE:") + stageKey(c.stage));
    line(QStringLiteral("END:VCARD"));
}

} // namespace kizuna
