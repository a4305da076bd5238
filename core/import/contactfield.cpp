#include "contactfield.h"

#include <array>
#include <utility>

namespace kizuna {

namespace {
constexpr std::array<std::pair<ContactField, const char *>, 25> kKeys{{
    {ContactField::Ignore, "ignore"},
    {ContactField::FullName, "full_name"},
    {ContactField::FamilyName, "family_name"},
    {ContactField::GivenName, "given_name"},
    {ContactField::FullKana, "full_kana"},
    {ContactField::FamilyKana, "family_kana"},
    {ContactField::GivenKana, "given_kana"},
    {ContactField::Company, "company"},
    {ContactField::Department, "department"},
    {ContactField::Title, "title"},
    {ContactField::Email, "email"},
    {ContactField::Phone, "phone"},
    {ContactField::PhoneWork, "phone_work"},
    {ContactField::PhoneDirect, "phone_direct"},
    {ContactField::PhoneMobile, "phone_mobile"},
    {ContactField::Fax, "fax"},
    {ContactField::PostalCode, "postal_code"},
    {ContactField::Address, "address"},
    {ContactField::Url, "url"},
    {ContactField::Notes, "notes"},
    {ContactField::Tags, "tags"},
    {ContactField::TagFlag, "tag_flag"},
    {ContactField::CardExchangedOn, "card_exchanged_on"},
    {ContactField::Source, "source"},
    {ContactField::Stage, "stage"},
}};
} // namespace

QString contactFieldKey(ContactField field)
{
    for (const auto &[f, key] : kKeys) {
        if (f == field)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("ignore");
}

ContactField contactFieldFromKey(const QString &key)
{
    for (const auto &[f, k] : kKeys) {
        if (key == QLatin1String(k))
            return f;
    }
    return ContactField::Ignore;
}

QStringList contactFieldKeys()
{
    QStringList keys;
    for (const auto &entry : kKeys)
        keys.append(QString::fromLatin1(entry.second));
    return keys;
}

} // namespace kizuna
