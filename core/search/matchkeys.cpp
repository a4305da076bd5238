#include "matchkeys.h"

#include "domain/companyname.h"
#include "domain/contact.h"
#include "text/textnormalizer.h"

namespace kizuna {

QString MatchKey::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Name:
        return QStringLiteral("name");
    }
    return {};
}

QString MatchKeys::email(const QString &email)
{
    const QString key = email.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    return key.contains(QLatin1Char('@')) ? key : QString();
}

QString MatchKeys::phone(const QString &phone)
{
    QString digits = TextNormalizer::digits(phone);
    const QString text = phone.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.startsWith(QLatin1Char('+')) && digits.startsWith(QLatin1String("81")))
        digits = QLatin1Char('0') + digits.mid(2);
    // Fewer digits than a Japanese number are an extension or a typo, not an identity.
    return digits.size() >= 10 ? digits : QString();
}

QString MatchKeys::nameAndCompany(const QString &family, const QString &given,
                                  const QString &company)
{
    const QString name = TextNormalizer::searchForm(family + given);
    const QString firm = companyMatchKey(company);
    if (TextNormalizer::searchForm(family).isEmpty() || firm.isEmpty())
        return {};
    return name + QLatin1Char('|') + firm;
}

QList<MatchKey> MatchKeys::of(const Contact &c)
{
    QList<MatchKey> keys;
    const auto add = [&keys](MatchKey::Kind kind, const QString &key) {
        if (key.isEmpty())
            return;
        for (const MatchKey &k : std::as_const(keys)) {
            if (k.kind == kind && k.key == key)
                return;
        }
        keys.append({kind, key});
    };
    add(MatchKey::Kind::Email, email(c.email));
    add(MatchKey::Kind::Email, email(c.email2));
    add(MatchKey::Kind::Phone, phone(c.phoneMobile));
    add(MatchKey::Kind::Phone, phone(c.phoneDirect));
    add(MatchKey::Kind::Name, nameAndCompany(c.familyName, c.givenName, c.company));
    return keys;
}

} // namespace kizuna
