#include "contactfieldlabel.h"

namespace kizuna {

QString ContactFieldLabel::text(ContactField field)
{
    switch (field) {
    case ContactField::Ignore:
        return tr("(do not import)");
    case ContactField::FullName:
        return tr("Full name");
    case ContactField::FamilyName:
        return tr("Family name");
    case ContactField::GivenName:
        return tr("Given name");
    case ContactField::FullKana:
        return tr("Reading of the full name");
    case ContactField::FamilyKana:
        return tr("Reading of the family name");
    case ContactField::GivenKana:
        return tr("Reading of the given name");
    case ContactField::Company:
        return tr("Company");
    case ContactField::Department:
        return tr("Department");
    case ContactField::Title:
        return tr("Title");
    case ContactField::Email:
        return tr("E-mail");
    case ContactField::Phone:
        return tr("Phone (any kind)");
    case ContactField::PhoneWork:
        return tr("Work phone");
    case ContactField::PhoneDirect:
        return tr("Direct line");
    case ContactField::PhoneMobile:
        return tr("Mobile phone");
    case ContactField::Fax:
        return tr("Fax");
    case ContactField::PostalCode:
        return tr("Postal code");
    case ContactField::Address:
        return tr("Address");
    case ContactField::Url:
        return tr("Website");
    case ContactField::Notes:
        return tr("Notes");
    case ContactField::Tags:
        return tr("Tags (a list)");
    case ContactField::TagFlag:
        return tr("Tag named by the heading (1 = yes)");
    case ContactField::CardExchangedOn:
        return tr("Card exchanged on");
    case ContactField::Source:
        return tr("Source");
    case ContactField::Stage:
        return tr("Stage");
    }
    return {};
}

QList<ContactField> ContactFieldLabel::pickerOrder()
{
    QList<ContactField> fields;
    for (const QString &key : contactFieldKeys())
        fields.append(contactFieldFromKey(key));
    return fields;
}

} // namespace kizuna
