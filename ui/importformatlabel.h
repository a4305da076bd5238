#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace kizuna {

/// What an import read a file as, in words: the preset (the app that exported it), the
/// encoding and the delimiter, for the wizard and the list of past imports.
class ImportFormatLabel final
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::ImportFormatLabel)

public:
    /// "Eight", "Google Contacts", "Generic (by column headings)"; a saved preset by its name.
    static QString preset(const QString &name);
    /// "Shift_JIS (CP932, Windows Japanese)" for "cp932", and so on for every name
    /// EncodingDetector::supportedNames() gives.
    static QString encoding(const QString &canonicalName);
    static QString delimiter(QChar delimiter);
};

} // namespace kizuna
