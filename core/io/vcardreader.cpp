#include "vcardreader.h"

#include "encodingdetector.h"
#include "fileerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VcardReader", text);
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(static_cast<char>(byte));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString decodeWith(const QByteArray &bytes, const QString &charset, const QString &fallback)
{
    QString name = EncodingDetector::canonicalName(charset);
    if (name.isEmpty())
        name = fallback;
    QStringDecoder decoder(EncodingDetector::decoderName(name).toLatin1().constData());
    return decoder(bytes);
}

QString unescape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar n = value.at(++i);
            out.append(n == u'n' || n == u'N' ? QChar(u'\n') : n);
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

QStringList VcardProperty::types() const
{
    QStringList out;
    for (const QString &value : params.values(QStringLiteral("TYPE"))) {
        QString v = value;
        v.remove(QLatin1Char('"'));
        for (const QString &t : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(t.trimmed().toLower());
    }
    return out;
}

QString VcardProperty::text() const
{
    return unescape(value);
}

QStringList VcardProperty::parts() const
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            current.append(c);
            current.append(value.at(++i));
        } else if (c == u';') {
            out.append(unescape(current));
            current.clear();
        } else {
            current.append(c);
        }
    }
    out.append(unescape(current));
    return out;
}

const VcardProperty *VcardCard::first(const QString &name) const
{
    for (const VcardProperty &p : properties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QList<const VcardProperty *> VcardCard::all(const QString &name) const
{
    QList<const VcardProperty *> out;
    for (const VcardProperty &p : properties) {
        if (p.name == name)
            out.append(&p);
    }
    return out;
}

bool VcardReader::looksLikeVcard(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = file.read(512);
    const DetectedEncoding encoding = EncodingDetector::detect(head, false);
    QStringDecoder decoder(
        EncodingDetector::decoderName(encoding.isValid() ? encoding.name : QStringLiteral("utf-8"))
            .toLatin1()
            .constData());
    const QString text = QString(decoder(head.mid(encoding.bomLength))).trimmed();
    return text.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive);
}

VcardReader::VcardReader(const QString &path, const QString &encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw FileError(path, 0, tr("cannot open the file: %1").arg(file.errorString()));
    QByteArray bytes = file.readAll();
    m_totalBytes = bytes.size();
    if (bytes.trimmed().isEmpty())
        throw FileError(path, 0, tr("the file is empty"));
    const QString wanted = encoding.trimmed().toLower();
    DetectedEncoding detected = EncodingDetector::detect(bytes, true);
    if (!wanted.isEmpty() && wanted != QLatin1String("auto")) {
        const QString canonical = EncodingDetector::canonicalName(wanted);
        if (canonical.isEmpty())
            throw FileError(path, 0, tr("unknown encoding \"%1\"").arg(encoding));
        detected = {canonical, detected.name == canonical ? detected.bomLength : 0, {}};
    }
    if (!detected.isValid())
        throw FileError(path, 0, detected.reason);
    m_encoding = detected.name;
    bytes.remove(0, detected.bomLength);
    if (m_encoding.startsWith(QLatin1String("utf-16"))) {
        // Lines are split on bytes below: bring UTF-16 to UTF-8 first.
        QStringDecoder decoder(EncodingDetector::decoderName(m_encoding).toLatin1().constData());
        bytes = QString(decoder(bytes)).toUtf8();
        m_encoding = QStringLiteral("utf-8");
    }
    // CR, LF and CRLF; in CP932 no trail byte is CR or LF, so splitting bytes is safe.
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');
    m_lines = bytes.split('\n');
    bool any = false;
    for (const QByteArray &line : std::as_const(m_lines))
        any = any || line.trimmed().toUpper() == "BEGIN:VCARD";
    if (!any)
        throw FileError(path, 0, tr("the file holds no vCard (no BEGIN:VCARD line)"));
}

bool VcardReader::next(VcardCard &card)
{
    if (!m_error.isEmpty())
        return false;
    // Skip to the next BEGIN:VCARD.
    while (m_next < m_lines.size() && m_lines.at(m_next).trimmed().toUpper() != "BEGIN:VCARD")
        m_bytesRead += m_lines.at(m_next++).size() + 1;
    if (m_next >= m_lines.size())
        return false;
    card = VcardCard{};
    card.line = m_next + 1;
    m_bytesRead += m_lines.at(m_next++).size() + 1;

    // Logical lines: folded continuations (leading space or tab) and quoted-printable soft
    // breaks (a line ending in '=') join the line before.
    QList<QByteArray> logical;
    bool ended = false;
    while (m_next < m_lines.size()) {
        QByteArray line = m_lines.at(m_next);
        m_bytesRead += line.size() + 1;
        ++m_next;
        if (line.trimmed().toUpper() == "END:VCARD") {
            ended = true;
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !logical.isEmpty()) {
            logical.last().append(line.mid(1));
            continue;
        }
        if (!logical.isEmpty() && logical.last().endsWith('=') &&
            logical.last().toUpper().contains("QUOTED-PRINTABLE")) {
            logical.last().chop(1);
            logical.last().append(line);
            continue;
        }
        if (!line.trimmed().isEmpty())
            logical.append(line);
    }
    if (!ended) {
        m_error = tr("the vCard that starts on line %1 has no END:VCARD").arg(card.line);
        m_errorLine = card.line;
        return false;
    }

    for (const QByteArray &line : std::as_const(logical)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QList<QByteArray> head = line.left(colon).split(';');
        VcardProperty p;
        QByteArray name = head.first().trimmed().toUpper();
        if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
            name = name.mid(dot + 1); // item1.TEL
        p.name = QString::fromLatin1(name);
        for (qsizetype i = 1; i < head.size(); ++i) {
            const QByteArray param = head.at(i).trimmed();
            const qsizetype eq = param.indexOf('=');
            if (eq < 0)
                p.params.insert(QStringLiteral("TYPE"), QString::fromLatin1(param)); // 2.1
            else // values may be text in the file's encoding (SORT-AS="やまだ,たろう")
                p.params.insert(QString::fromLatin1(param.left(eq).toUpper()),
                                decodeWith(param.mid(eq + 1), {}, m_encoding));
        }
        QByteArray value = line.mid(colon + 1);
        if (p.params.value(QStringLiteral("ENCODING"))
                    .compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0 ||
            p.params.values(QStringLiteral("TYPE"))
                .contains(QStringLiteral("QUOTED-PRINTABLE"), Qt::CaseInsensitive))
            value = decodeQuotedPrintable(value);
        p.value = decodeWith(value, p.params.value(QStringLiteral("CHARSET")), m_encoding);
        card.properties.append(p);
    }
    QStringList rawLines;
    for (qsizetype i = card.line - 1; i < m_next; ++i)
        rawLines.append(decodeWith(m_lines.at(i), {}, m_encoding));
    card.raw = rawLines.join(QStringLiteral("\r\n"));
    return true;
}

} // namespace kizuna
