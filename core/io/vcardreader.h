#pragma once

#include <QByteArray>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>

namespace kizuna {

/// One property of a vCard, decoded: quoted-printable and charsets are undone, the value is
/// text with its vCard escapes still in place so structured values can be split.
struct VcardProperty
{
    QString name; ///< upper case, group removed ("TEL", "X-PHONETIC-LAST-NAME")
    QMultiHash<QString, QString> params; ///< names upper case; bare 2.1 types under "TYPE"
    QString value;

    /// TYPE values, lower case, split at commas ("work", "voice", "cell").
    QStringList types() const;
    bool hasType(const QString &type) const { return types().contains(type); }
    /// The value unescaped (\n, \, \; \\).
    QString text() const;
    /// A structured value (N, ADR, ORG) split at unescaped semicolons, each part unescaped.
    QStringList parts() const;
};

struct VcardCard
{
    QList<VcardProperty> properties;
    qint64 line = 0; ///< line of BEGIN:VCARD
    QString raw;     ///< the card's lines, unfolded

    const VcardProperty *first(const QString &name) const;
    QList<const VcardProperty *> all(const QString &name) const;
};

/// Reads vCard 2.1, 3.0 and 4.0 files, including what older Japanese phones write: folded
/// lines, quoted-printable with soft line breaks, CHARSET=SHIFT_JIS, bare TYPE parameters.
/// The file's own encoding is detected (UTF-8, CP932, UTF-16) unless given.
class VcardReader final
{
public:
    /// Throws FileError when the file cannot be read, is empty or holds no vCard.
    VcardReader(const QString &path, const QString &encoding = {});

    /// The next card; false at the end, or when a card is broken (error()).
    bool next(VcardCard &card);
    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    QString encoding() const { return m_encoding; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

    /// True when the file starts (after a byte-order mark and blank lines) with BEGIN:VCARD.
    static bool looksLikeVcard(const QString &path);

private:
    QList<QByteArray> m_lines; ///< physical lines; vCard files are small, read at once
    qsizetype m_next = 0;
    QString m_encoding;
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace kizuna
