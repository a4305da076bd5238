#include "rowmapper.h"

#include "flexibledate.h"
#include "namesplitter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RowMapper", text);
}

// Kizuna's exports guard cells that a spreadsheet would run as a formula with a leading
// apostrophe (OWASP's advice); reading them back removes exactly that guard.
QString unguarded(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'')) {
        const QChar next = cell.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' ||
            next == u'\r' || next == u'\n')
            return cell.mid(1);
    }
    return cell;
}

QStringList tagList(const QString &cell)
{
    // Google writes "* myContacts ::: 展示会"; others use commas, semicolons or 、.
    static const QRegularExpression separators(QStringLiteral("\\s*(?::::|[,;、，；])\\s*"));
    QStringList tags;
    for (QString tag : cell.split(separators, Qt::SkipEmptyParts)) {
        tag = tag.trimmed();
        if (tag.startsWith(QLatin1String("* ")))
            tag = tag.mid(2).trimmed();
        if (tag.isEmpty() || tag.compare(QLatin1String("myContacts"), Qt::CaseInsensitive) == 0 ||
            tag.compare(QLatin1String("starred"), Qt::CaseInsensitive) == 0)
            continue;
        tags.append(tag);
    }
    return tags;
}

bool isSet(const QString &flag)
{
    const QString v = flag.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    return v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes") ||
           v == QLatin1String("○") || v == QLatin1String("◯") || v == QLatin1String("x");
}

void append(QString &target, const QString &value, const QString &separator)
{
    if (value.isEmpty())
        return;
    target = target.isEmpty() ? value : target + separator + value;
}

} // namespace

RowMapper::RowMapper(const QStringList &header, ColumnMapping mapping)
    : m_header(header)
    , m_mapping(std::move(mapping))
{}

MappedRow RowMapper::map(const QStringList &cells) const
{
    MappedRow out;
    Contact &c = out.contact;
    QString fullName;
    QString fullKana;
    QStringList phones;
    const qsizetype n = std::min(cells.size(), m_mapping.fields.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString value = unguarded(cells.at(i)).trimmed();
        if (value.isEmpty())
            continue;
        switch (m_mapping.fields.at(i)) {
        case ContactField::Ignore:
            break;
        case ContactField::FullName:
            fullName = value;
            break;
        case ContactField::FamilyName:
            c.familyName = value;
            break;
        case ContactField::GivenName:
            c.givenName = value;
            break;
        case ContactField::FullKana:
            fullKana = value;
            break;
        case ContactField::FamilyKana:
            c.familyKana = value;
            break;
        case ContactField::GivenKana:
            c.givenKana = value;
            break;
        case ContactField::Company:
            c.company = value;
            break;
        case ContactField::Department:
            c.department = value;
            break;
        case ContactField::Title:
            c.title = value;
            break;
        case ContactField::Email:
            if (c.email.isEmpty())
                c.email = value;
            else if (c.email2.isEmpty())
                c.email2 = value;
            break;
        case ContactField::Phone:
            phones.append(value);
            break;
        case ContactField::PhoneWork:
            c.phoneWork = value;
            break;
        case ContactField::PhoneDirect:
            if (c.phoneDirect.isEmpty())
                c.phoneDirect = value;
            break;
        case ContactField::PhoneMobile:
            c.phoneMobile = value;
            break;
        case ContactField::Fax:
            c.fax = value;
            break;
        case ContactField::PostalCode:
            c.postalCode = value;
            break;
        case ContactField::Address:
            append(c.address, value, QStringLiteral(" "));
            break;
        case ContactField::Url:
            c.url = value;
            break;
        case ContactField::Notes:
            append(c.notes, value, QStringLiteral("\n"));
            break;
        case ContactField::Tags:
            for (const QString &tag : tagList(value)) {
                if (!c.tags.contains(tag))
                    c.tags.append(tag);
            }
            break;
        case ContactField::TagFlag:
            if (isSet(value) && i < m_header.size() && !c.tags.contains(m_header.at(i).trimmed()))
                c.tags.append(m_header.at(i).trimmed());
            break;
        case ContactField::CardExchangedOn:
            c.cardExchangedOn = FlexibleDate::parse(value);
            if (!c.cardExchangedOn.isValid())
                out.problem = tr("\"%1\" is not a date").arg(value);
            break;
        case ContactField::Source:
            c.source = value;
            break;
        case ContactField::Stage:
            if (const auto stage = stageFromKey(value))
                c.stage = *stage;
            else
                out.problem = tr("\"%1\" is not a stage").arg(value);
            break;
        }
    }
    // A phone of unknown kind fills the first free slot: mobile numbers by their prefix.
    for (const QString &phone : std::as_const(phones)) {
        const QString digits = phone.normalized(QString::NormalizationForm_KC);
        const bool mobile = digits.startsWith(QLatin1String("090")) ||
                            digits.startsWith(QLatin1String("080")) ||
                            digits.startsWith(QLatin1String("070"));
        QString *slot = mobile && c.phoneMobile.isEmpty() ? &c.phoneMobile
                        : c.phoneWork.isEmpty()           ? &c.phoneWork
                        : c.phoneDirect.isEmpty()         ? &c.phoneDirect
                        : c.phoneMobile.isEmpty()         ? &c.phoneMobile
                                                          : nullptr;
        if (slot)
            *slot = phone;
    }
    if (c.familyName.isEmpty() && c.givenName.isEmpty() && !fullName.isEmpty()) {
        const SplitName split = NameSplitter::split(fullName);
        c.familyName = split.family;
        c.givenName = split.given;
    }
    if (c.familyKana.isEmpty() && c.givenKana.isEmpty() && !fullKana.isEmpty()) {
        const SplitName split = NameSplitter::split(fullKana);
        c.familyKana = split.family;
        c.givenKana = split.given;
    }
    if (out.problem.isEmpty() && c.familyName.isEmpty() && c.givenName.isEmpty() &&
        c.email.isEmpty() && c.company.isEmpty())
        out.problem = tr("the row has no name, e-mail or company");
    return out;
}

} // namespace kizuna
