#pragma once

#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

class QIODevice;

namespace kizuna {

/// A character CP932 cannot hold, found while writing.
struct EncodingWarning
{
    qint64 row = 0; ///< 1-based, the header included
    int column = 0; ///< 0-based
    QString text;   ///< the cell as it should have been
};

/// Writes CSV that Excel opens as intended: UTF-8 with a byte-order mark, or CP932 for old
/// Japanese Excel and card apps (characters CP932 lacks are reported, not silently lost).
/// Every field is quoted; line ends are CRLF. Cells a spreadsheet would run as a formula
/// (starting with = + - @ tab CR LF) get a leading apostrophe, per OWASP, unless turned off.
class CsvWriter final
{
public:
    enum class Encoding
    {
        Utf8,
        Cp932,
    };

    CsvWriter(QIODevice *device, Encoding encoding, bool guardFormulas = true);

    void writeRow(const QStringList &fields);
    QList<EncodingWarning> warnings() const { return m_warnings; }
    /// The cell as written, with the formula guard applied when it is needed.
    static QString guarded(const QString &cell);

private:
    QIODevice *m_device;
    Encoding m_encoding;
    bool m_guardFormulas;
    QStringEncoder m_encoder;
    qint64 m_row = 0;
    QList<EncodingWarning> m_warnings;
};

} // namespace kizuna
