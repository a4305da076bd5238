#include "contactbuilder.h"

namespace kizuna::test {

ContactBuilder::ContactBuilder()
{
    m_contact.familyName = QStringLiteral("山田");
    m_contact.givenName = QStringLiteral("太郎");
    m_contact.familyKana = QStringLiteral("やまだ");
    m_contact.givenKana = QStringLiteral("たろう");
}

ContactBuilder &ContactBuilder::name(const QString &family, const QString &given)
{
    m_contact.familyName = family;
    m_contact.givenName = given;
    m_contact.familyKana.clear();
    m_contact.givenKana.clear();
    return *this;
}

ContactBuilder &ContactBuilder::kana(const QString &family, const QString &given)
{
    m_contact.familyKana = family;
    m_contact.givenKana = given;
    return *this;
}

ContactBuilder &ContactBuilder::company(const QString &company)
{
    m_contact.company = company;
    return *this;
}

ContactBuilder &ContactBuilder::email(const QString &email)
{
    m_contact.email = email;
    return *this;
}

ContactBuilder &ContactBuilder::phone(const QString &phoneWork)
{
    m_contact.phoneWork = phoneWork;
    return *this;
}

ContactBuilder &ContactBuilder::stage(Stage stage)
{
    m_contact.stage = stage;
    return *this;
}

ContactBuilder &ContactBuilder::source(const QString &source)
{
    m_contact.source = source;
    return *this;
}

ContactBuilder &ContactBuilder::tags(const QStringList &tags)
{
    m_contact.tags = tags;
    return *this;
}

ContactBuilder &ContactBuilder::notes(const QString &notes)
{
    m_contact.notes = notes;
    return *this;
}

} // namespace kizuna::test
