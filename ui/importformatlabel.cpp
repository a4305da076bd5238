#include "importformatlabel.h"

namespace kizuna {

QString ImportFormatLabel::preset(const QString &name)
{
    // Product names stay as their makers write them; only the generic words are translated.
    if (name == QLatin1String("eight"))
        return QStringLiteral("Eight");
    if (name == QLatin1String("sansan"))
        return QStringLiteral("Sansan");
    if (name == QLatin1String("camcard"))
        return QStringLiteral("CamCard");
    if (name == QLatin1String("google"))
        return tr("Google Contacts");
    if (name == QLatin1String("outlook"))
        return QStringLiteral("Outlook");
    if (name == QLatin1String("thunderbird"))
        return QStringLiteral("Thunderbird");
    if (name == QLatin1String("generic"))
        return tr("Generic (by column headings)");
    if (name == QLatin1String("vcard"))
        return QStringLiteral("vCard");
    if (name == QLatin1String("custom"))
        return tr("Custom columns");
    return name;
}

QString ImportFormatLabel::encoding(const QString &canonicalName)
{
    if (canonicalName == QLatin1String("utf-8"))
        return QStringLiteral("UTF-8");
    if (canonicalName == QLatin1String("cp932"))
        return tr("Shift_JIS (CP932, Windows Japanese)");
    if (canonicalName == QLatin1String("euc-jp"))
        return QStringLiteral("EUC-JP");
    if (canonicalName == QLatin1String("utf-16le"))
        return tr("UTF-16 little-endian (Excel Unicode text)");
    if (canonicalName == QLatin1String("utf-16be"))
        return tr("UTF-16 big-endian");
    return canonicalName;
}

QString ImportFormatLabel::delimiter(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return tr("Comma");
    if (delimiter == QLatin1Char('\t'))
        return tr("Tab");
    if (delimiter == QLatin1Char(';'))
        return tr("Semicolon");
    return QString(delimiter);
}

} // namespace kizuna
