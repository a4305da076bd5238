#pragma once

#include <QString>
#include <QStringList>

namespace kizuna {

/// What a column of an imported file holds.
enum class ContactField
{
    Ignore,
    FullName, ///< "山田 太郎" or "Jane Doe", split by NameSplitter
    FamilyName,
    GivenName,
    FullKana, ///< the reading of the full name, split like the name
    FamilyKana,
    GivenKana,
    Company,
    Department,
    Title,
    Email,
    Phone, ///< a phone of unknown kind: fills work, then direct, then mobile
    PhoneWork,
    PhoneDirect,
    PhoneMobile,
    Fax,
    PostalCode,
    Address, ///< several address columns are joined in file order
    Url,
    Notes,   ///< several note columns are joined
    Tags,    ///< a list: "展示会, VIP" or Google's "* myContacts ::: 展示会"
    TagFlag, ///< Eight: the header is a tag name, the cell says 1 when it applies
    CardExchangedOn,
    Source,
    Stage, ///< a stage key (cold, warm, ...), as Kizuna exports write it
};

/// Stable key for a field, as presets are saved ("family_name", "tag_flag", ...).
QString contactFieldKey(ContactField field);
ContactField contactFieldFromKey(const QString &key);
/// Every key, in the order of the enum (for messages that list what a column can hold).
QStringList contactFieldKeys();

} // namespace kizuna
