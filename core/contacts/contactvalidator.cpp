#include "contactvalidator.h"

#include "storage/storageerror.h"
#include "text/textnormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace kizuna {

namespace {

void require(bool ok, const char *field, const QString &reason)
{
    if (!ok)
        throw ValidationError(QString::fromLatin1(field), reason);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactValidator", text);
}

} // namespace

bool ContactValidator::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(email).hasMatch();
}

bool ContactValidator::isValidPhone(const QString &phone)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\+?[0-9()\-. ]+((内線|ext\.?|x)\s*[0-9]+)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(phone).hasMatch() && TextNormalizer::digits(phone).size() >= 3;
}

bool ContactValidator::isValidPostalCode(const QString &postalCode)
{
    // Japanese NNN-NNNN after normalisation, or a foreign code of letters, digits and spaces.
    static const QRegularExpression pattern(QStringLiteral(R"(^[0-9A-Za-z][0-9A-Za-z \-]{1,11}$)"));
    return pattern.match(postalCode).hasMatch();
}

void ContactValidator::validate(const Contact &c)
{
    require(!c.familyName.isEmpty() || !c.givenName.isEmpty() || !c.email.isEmpty(), "family_name",
            tr("a contact needs a name or an e-mail address"));
    require(c.email.isEmpty() || isValidEmail(c.email), "email",
            tr("\"%1\" is not an e-mail address").arg(c.email));
    require(c.email2.isEmpty() || isValidEmail(c.email2), "email2",
            tr("\"%1\" is not an e-mail address").arg(c.email2));
    const std::pair<const char *, const QString *> phones[] = {{"phone_work", &c.phoneWork},
                                                               {"phone_direct", &c.phoneDirect},
                                                               {"phone_mobile", &c.phoneMobile},
                                                               {"fax", &c.fax}};
    for (const auto &[field, value] : phones)
        require(value->isEmpty() || isValidPhone(*value), field,
                tr("\"%1\" is not a phone number").arg(*value));
    require(c.postalCode.isEmpty() || isValidPostalCode(c.postalCode), "postal_code",
            tr("\"%1\" is not a postal code").arg(c.postalCode));
    require(c.url.isEmpty() || QUrl::fromUserInput(c.url).isValid(), "url",
            tr("\"%1\" is not a web address").arg(c.url));
    // Foreign names may carry a Latin reading; only kanji cannot be a reading.
    require(!TextNormalizer::containsKanji(c.familyKana), "family_kana",
            tr("the reading must be written in kana"));
    require(!TextNormalizer::containsKanji(c.givenKana), "given_kana",
            tr("the reading must be written in kana"));
}

} // namespace kizuna
