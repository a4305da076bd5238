#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace kizuna {

/// What the bytes of a file are written in.
struct DetectedEncoding
{
    QString name;      ///< "utf-8", "utf-16le", "utf-16be", "cp932", "euc-jp"; empty: none
    int bomLength = 0; ///< bytes of byte-order mark to skip
    QString reason;    ///< why this encoding, or why none fits
    bool isValid() const { return !name.isEmpty(); }
};

/// Tells the encodings of exported address books apart from their bytes: UTF-8 (with or
/// without BOM), UTF-16 with BOM (Excel's "Unicode text"), CP932 (Shift_JIS with the NEC and
/// IBM extensions that Windows writes: ㈱, ①, 髙) and EUC-JP.
///
/// Detection validates the byte structure of each candidate rather than trusting a decoder:
/// Qt's CP932 decoder turns bad bytes into U+001A without reporting an error.
class EncodingDetector final
{
public:
    /// Looks at a sample from the start of a file. `complete` is true when the sample is the
    /// whole file; otherwise a multibyte character cut off at its end is not held against it.
    static DetectedEncoding detect(QByteArrayView sample, bool complete);

    /// The names accepted as a user override, as detect() reports them.
    static QStringList supportedNames();
    /// Normalises a name a user may type ("Shift_JIS", "sjis", "UTF8", "utf-8-sig") to one of
    /// supportedNames(); empty when unsupported.
    static QString canonicalName(const QString &name);
    /// The name Qt's QStringDecoder knows the encoding by.
    static QString decoderName(const QString &canonicalName);

    /// Structural validity of a whole buffer (a chunk boundary is allowed to cut a character
    /// when `complete` is false). Returns the offset of the first invalid byte, or -1.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes, bool complete);
    static qsizetype firstInvalidCp932(QByteArrayView bytes, bool complete);
    static qsizetype firstInvalidEucJp(QByteArrayView bytes, bool complete);
};

} // namespace kizuna
