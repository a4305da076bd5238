#pragma once

#include "contact.h"

#include <array>

namespace kizuna {

/// A contact's free-text field with the key the CLI's JSON and the contact history name it by.
struct ContactTextField
{
    const char *key;
    QString Contact::*member;
};

/// Every free-text field of a contact, in the order a card shows them: for code that treats
/// them alike (comparing two versions of a person, for one).
inline constexpr std::array<ContactTextField, 17> kContactTextFields{{
    {"family_name", &Contact::familyName},
    {"given_name", &Contact::givenName},
    {"family_kana", &Contact::familyKana},
    {"given_kana", &Contact::givenKana},
    {"company", &Contact::company},
    {"department", &Contact::department},
    {"title", &Contact::title},
    {"email", &Contact::email},
    {"email2", &Contact::email2},
    {"phone_work", &Contact::phoneWork},
    {"phone_direct", &Contact::phoneDirect},
    {"phone_mobile", &Contact::phoneMobile},
    {"fax", &Contact::fax},
    {"postal_code", &Contact::postalCode},
    {"address", &Contact::address},
    {"url", &Contact::url},
    {"notes", &Contact::notes},
}};

} // namespace kizuna
