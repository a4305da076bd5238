#include "contactprofilereport.h"

#include "contacts/contactservice.h"
#include "domain/personname.h"
#include "nurture/dealservice.h"
#include "nurture/followupservice.h"
#include "reportlabels.h"
#include "storage/stagehistoryrepository.h"
#include "storage/timelinerepository.h"
#include "text/dateformat.h"

#include <QCoreApplication>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactProfileReport", text);
}

QString cell(const QString &escapedHtml, const QString &attributes = {})
{
    return QStringLiteral("<td") + attributes + QLatin1Char('>') + escapedHtml +
           QStringLiteral("</td>");
}

// A section: its heading, then a table with the given column headings, or a line saying
// there is nothing when there are no rows.
QString sectionHtml(const QString &title, const QStringList &columns, const QStringList &rows)
{
    QString html = QStringLiteral("<h3>") + title.toHtmlEscaped() + QStringLiteral("</h3>");
    if (rows.isEmpty())
        return html + QStringLiteral("<p class=\"empty\">") + tr("None") + QStringLiteral("</p>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr>");
    for (const QString &column : columns)
        html += QStringLiteral("<th>") + column.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>");
    for (const QString &row : rows)
        html += QStringLiteral("<tr>") + row + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

} // namespace

ContactProfileReport::ContactProfileReport(Database &db, const ContactService &contacts,
                                           const QLocale &locale)
    : m_db(db)
    , m_contacts(contacts)
    , m_locale(locale)
{}

ContactProfileReport::Profile ContactProfileReport::profile(qint64 contactId) const
{
    Profile p;
    p.contact = m_contacts.get(contactId);
    p.stageHistory = StageHistoryRepository(m_db).history(contactId);
    // The services' "today" only matters to their changes; reading needs none.
    const QDate today = m_contacts.today();
    p.openFollowUps = FollowUpService(m_db, today).list(contactId, FollowUpStatus::Open);
    p.deals = DealService(m_db, today).list(contactId);
    p.timeline = TimelineRepository(m_db).forContact(contactId);
    return p;
}

ReportWriter::Heading ContactProfileReport::heading(const Profile &profile,
                                                    const QDate &printedOn) const
{
    const Contact &c = profile.contact;
    QString subtitle = displayName(c, nameOrderFor(m_locale));
    if (!c.company.isEmpty())
        subtitle += QStringLiteral("　") + c.company;
    return {tr("Contact profile"), subtitle, printedOn};
}

QString ContactProfileReport::html(const Profile &profile) const
{
    const Contact &c = profile.contact;
    return QStringLiteral("<p>") +
           ReportLabels::nameWithReadingHtml(c.familyName, c.givenName, c.familyKana, c.givenKana,
                                             m_locale) +
           QStringLiteral("<br>") +
           ReportLabels::linesHtml(
               {c.company, QStringList{c.department, c.title}.join(QLatin1Char(' '))}) +
           QStringLiteral("</p>") + detailsHtml(c) + stageHistoryHtml(profile.stageHistory) +
           followUpsHtml(profile.openFollowUps) + dealsHtml(profile.deals) +
           timelineHtml(profile.timeline);
}

QString ContactProfileReport::detailsHtml(const Contact &c) const
{
    const QList<std::pair<QString, QString>> fields{
        {tr("E-mail"), QStringList{c.email, c.email2}.join(QLatin1Char('\n'))},
        {tr("Work phone"), c.phoneWork},
        {tr("Direct phone"), c.phoneDirect},
        {tr("Mobile phone"), c.phoneMobile},
        {tr("Fax"), c.fax},
        {tr("Address"),
         QStringList{c.postalCode.isEmpty() ? QString() : QStringLiteral("〒") + c.postalCode,
                     c.address}
             .join(QLatin1Char(' '))},
        {tr("Web"), c.url},
        {tr("Stage"), ReportLabels::stage(c.stage)},
        {tr("Score"), QString::number(c.score)},
        {tr("Source"), c.source},
        {tr("Card exchanged"), DateFormat::longDate(c.cardExchangedOn, m_locale)},
        {tr("Tags"), c.tags.join(QStringLiteral(", "))},
        {tr("Notes"), c.notes},
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (const auto &[label, value] : fields) {
        if (value.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<tr>") +
                cell(label.toHtmlEscaped(), QStringLiteral(" width=\"20%\" class=\"muted\"")) +
                cell(ReportLabels::linesHtml(value.split(QLatin1Char('\n')))) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ContactProfileReport::stageHistoryHtml(const QList<StageChange> &history) const
{
    QStringList rows;
    for (const StageChange &step : history) {
        const QString move = step.from ? ReportLabels::stage(*step.from) + QStringLiteral(" → ") +
                                             ReportLabels::stage(step.to)
                                       : tr("entered as %1").arg(ReportLabels::stage(step.to));
        rows.append(cell(DateFormat::shortDate(step.changedOn, m_locale)) +
                    cell(move.toHtmlEscaped()) + cell(step.note.toHtmlEscaped()));
    }
    return sectionHtml(tr("Stage history"), {tr("Date"), tr("Step"), tr("Note")}, rows);
}

QString ContactProfileReport::followUpsHtml(const QList<FollowUp> &followUps) const
{
    QStringList rows;
    for (const FollowUp &f : followUps) {
        QString due = DateFormat::shortDate(f.dueOn, m_locale);
        if (f.dueAt.isValid())
            due += QLatin1Char(' ') + f.dueAt.toString(QStringLiteral("HH:mm"));
        rows.append(cell(due) + cell(ReportLabels::channel(f.channel).toHtmlEscaped()) +
                    cell(f.purpose.toHtmlEscaped()) + cell(f.assignedTo.toHtmlEscaped()));
    }
    return sectionHtml(tr("Open follow-ups"),
                       {tr("Due"), tr("Channel"), tr("Purpose"), tr("Assigned to")}, rows);
}

QString ContactProfileReport::dealsHtml(const QList<Deal> &deals) const
{
    QStringList rows;
    for (const Deal &d : deals) {
        const QDate day = d.status == DealStatus::Open ? d.expectedCloseOn : d.closedOn;
        rows.append(cell(d.title.toHtmlEscaped()) +
                    cell(ReportLabels::amount(d.amount, d.currency, m_locale).toHtmlEscaped(),
                         QStringLiteral(" align=\"right\"")) +
                    cell(ReportLabels::dealStatus(d.status).toHtmlEscaped()) +
                    cell(DateFormat::shortDate(day, m_locale)));
    }
    return sectionHtml(tr("Deals"),
                       {tr("Title"), tr("Amount"), tr("Status"), tr("Expected / closed")}, rows);
}

QString ContactProfileReport::timelineHtml(const QList<TimelineEntry> &timeline) const
{
    QStringList rows;
    for (const TimelineEntry &e : timeline) {
        const bool hasTime = e.kind == TimelineEntry::Kind::Activity;
        QString when = DateFormat::shortDate(e.at.date(), m_locale);
        if (hasTime)
            when += QLatin1Char(' ') + e.at.time().toString(QStringLiteral("HH:mm"));
        rows.append(cell(when, QStringLiteral(" width=\"20%\"")) + cell(e.summary.toHtmlEscaped()));
    }
    return sectionHtml(tr("Timeline"), {tr("When"), tr("What happened")}, rows);
}

int ContactProfileReport::write(const QString &path, qint64 contactId, const QDate &printedOn) const
{
    const Profile p = profile(contactId);
    return ReportWriter(m_locale).write(html(p), heading(p, printedOn), path);
}

int ContactProfileReport::print(QPagedPaintDevice &printer, qint64 contactId,
                                const QDate &printedOn) const
{
    const Profile p = profile(contactId);
    return ReportWriter(m_locale).print(html(p), heading(p, printedOn), printer);
}

} // namespace kizuna
