#pragma once

#include "domain/contact.h"

namespace kizuna::test {

/// Builds contacts for tests: a plausible person by default, each call changes one thing.
class ContactBuilder final
{
public:
    ContactBuilder();

    ContactBuilder &name(const QString &family, const QString &given);
    ContactBuilder &kana(const QString &family, const QString &given);
    ContactBuilder &company(const QString &company);
    ContactBuilder &email(const QString &email);
    ContactBuilder &phone(const QString &phoneWork);
    ContactBuilder &stage(Stage stage);
    ContactBuilder &source(const QString &source);
    ContactBuilder &tags(const QStringList &tags);
    ContactBuilder &notes(const QString &notes);

    Contact build() const { return m_contact; }
    operator Contact() const { return m_contact; }

private:
    Contact m_contact;
};

} // namespace kizuna::test
