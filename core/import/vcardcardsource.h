#pragma once

#include "cardsource.h"

#include "io/vcardreader.h"

namespace kizuna {

/// Cards from a vCard file: N/FN, the Japanese reading properties (X-PHONETIC-LAST-NAME and
/// -FIRST-NAME, SORT-STRING, SORT-AS, the SOUND;X-IRMC-N of older phones), ORG, TITLE, TEL by
/// type, EMAIL, ADR in Japanese order, URL, NOTE and CATEGORIES.
class VcardCardSource final : public CardSource
{
public:
    VcardCardSource(const QString &path, const QString &encoding);

    bool next(SourceCard &card) override;
    QString error() const override { return m_reader.error(); }
    qint64 errorLine() const override { return m_reader.errorLine(); }
    qint64 bytesRead() const override { return m_reader.bytesRead(); }
    qint64 totalBytes() const override { return m_reader.totalBytes(); }
    QString encoding() const override { return m_reader.encoding(); }
    QString format() const override { return QStringLiteral("vcard"); }
    QStringList header() const override { return {}; }
    QChar delimiter() const override { return QLatin1Char(','); }

    static bool looksLikeVcard(const QString &path) { return VcardReader::looksLikeVcard(path); }
    /// The contact a card describes (exposed for tests).
    static MappedRow map(const VcardCard &card);

private:
    VcardReader m_reader;
};

} // namespace kizuna
