#include "contactoptions.h"

#include "domain/stage.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace kizuna::cli {

namespace {

using Field = QString Contact::*;

const std::array<std::pair<const char *, Field>, 19> kTextFields{{
    {"family-name", &Contact::familyName},
    {"given-name", &Contact::givenName},
    {"family-kana", &Contact::familyKana},
    {"given-kana", &Contact::givenKana},
    {"company", &Contact::company},
    {"department", &Contact::department},
    {"title", &Contact::title},
    {"email", &Contact::email},
    {"email2", &Contact::email2},
    {"phone-work", &Contact::phoneWork},
    {"phone-direct", &Contact::phoneDirect},
    {"phone-mobile", &Contact::phoneMobile},
    {"fax", &Contact::fax},
    {"postal-code", &Contact::postalCode},
    {"address", &Contact::address},
    {"url", &Contact::url},
    {"notes", &Contact::notes},
    {"source", &Contact::source},
    {"owner", &Contact::owner},
}};

} // namespace

QStringList contactFieldOptions()
{
    QStringList names;
    for (const auto &[name, field] : kTextFields)
        names.append(QString::fromLatin1(name));
    names << QStringLiteral("tag") << QStringLiteral("card-exchanged-on")
          << QStringLiteral("stage");
    return names;
}

QDate parseDateOption(const QString &option, const QString &text)
{
    QString normalized = text.trimmed();
    normalized.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QDate date = QDate::fromString(normalized, QStringLiteral("yyyy-M-d"));
    if (!date.isValid())
        throw UsageError{
            QCoreApplication::translate("CommandLine", "--%1: \"%2\" is not a date (YYYY-MM-DD)")
                .arg(option, text)};
    return date;
}

void applyContactOptions(const CommandLine &line, Contact &contact)
{
    for (const auto &[name, field] : kTextFields) {
        const QString option = QString::fromLatin1(name);
        if (line.isSet(option))
            contact.*field = line.value(option);
    }
    if (line.isSet(QStringLiteral("tag")))
        contact.tags = line.values(QStringLiteral("tag"));
    if (line.isSet(QStringLiteral("card-exchanged-on"))) {
        const QString text = line.value(QStringLiteral("card-exchanged-on"));
        contact.cardExchangedOn =
            text.isEmpty() ? QDate() : parseDateOption(QStringLiteral("card-exchanged-on"), text);
    }
    if (line.isSet(QStringLiteral("stage"))) {
        const auto stage = stageFromKey(line.value(QStringLiteral("stage")));
        if (!stage)
            throw UsageError{QCoreApplication::translate(
                "CommandLine", "--stage must be cold, warm, hot, customer, loyal or lost")};
        contact.stage = *stage;
    }
}

ContactListQuery listQueryFrom(const CommandLine &line)
{
    ContactListQuery query;
    if (line.isSet(QStringLiteral("stage"))) {
        query.stage = stageFromKey(line.value(QStringLiteral("stage")));
        if (!query.stage)
            throw UsageError{QCoreApplication::translate(
                "ContactOptions", "--stage must be cold, warm, hot, customer, loyal or lost")};
    }
    query.tag = line.value(QStringLiteral("tag"));
    query.source = line.value(QStringLiteral("source"));
    query.inTrash = line.isSet(QStringLiteral("trash"));
    return query;
}

std::optional<QList<qint64>> idsFrom(const CommandLine &line)
{
    const QString option = QStringLiteral("ids");
    if (!line.isSet(option))
        return std::nullopt;
    QList<qint64> ids;
    for (const QString &value : line.values(option)) {
        for (const QString &word : value.split(QLatin1Char(','))) {
            bool ok = false;
            const qint64 id = word.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                throw UsageError{
                    QCoreApplication::translate(
                        "ContactOptions", "--ids takes contact ids separated by commas, not \"%1\"")
                        .arg(word)};
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

} // namespace kizuna::cli
