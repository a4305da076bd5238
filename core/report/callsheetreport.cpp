#include "callsheetreport.h"

#include "nurture/agenda.h"
#include "reportlabels.h"
#include "text/dateformat.h"

#include <QCoreApplication>

#include <limits>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CallSheetReport", text);
}

QString columnsHtml()
{
    return QStringLiteral("<thead><tr><th width=\"9%\">") + tr("Time") +
           QStringLiteral("</th><th width=\"27%\">") + tr("Contact") +
           QStringLiteral("</th><th width=\"23%\">") + tr("Phone / e-mail") +
           QStringLiteral("</th><th width=\"23%\">") + tr("Purpose / last touch") +
           QStringLiteral("</th><th width=\"18%\">") + tr("Notes") +
           QStringLiteral("</th></tr></thead>");
}

QString countText(qsizetype count)
{
    return count == 1 ? tr("1 follow-up") : tr("%1 follow-ups").arg(count);
}

} // namespace

CallSheetReport::CallSheetReport(const Database &db, const QLocale &locale)
    : m_db(db)
    , m_locale(locale)
{}

QList<AgendaItem> CallSheetReport::items(const QDate &from, const QDate &to) const
{
    // "today" only matters to the agenda's own lists (overdue, week); a range names its days.
    const Agenda agenda(m_db, from, m_contactIds ? OwnerFilter::everyone() : m_owner);
    if (m_contactIds)
        return agenda.range(*m_contactIds, from, to, std::numeric_limits<int>::max());
    return agenda.range(from, to, std::numeric_limits<int>::max());
}

ReportWriter::Heading CallSheetReport::heading(const QDate &from, const QDate &to,
                                               const QDate &printedOn) const
{
    const QString first = DateFormat::dayHeading(from, m_locale);
    const QString last = DateFormat::dayHeading(to, m_locale);
    QString period = tr("Period: %1 – %2").arg(first, last);
    // A sheet for some people only says so, so nobody takes it for the whole week's calls.
    if (m_contactIds)
        period = m_contactIds->size() == 1
                     ? tr("Period: %1 – %2 · 1 chosen contact").arg(first, last)
                     : tr("Period: %1 – %2 · %3 chosen contacts")
                           .arg(first, last, QString::number(m_contactIds->size()));
    else if (m_owner.kind == OwnerFilter::Kind::Mine)
        period = tr("Period: %1 – %2 · %3's and unassigned").arg(first, last, m_owner.user);
    else if (m_owner.kind == OwnerFilter::Kind::User)
        period = tr("Period: %1 – %2 · %3's").arg(first, last, m_owner.user);
    return {tr("Follow-up call sheet"), period, printedOn};
}

QString CallSheetReport::html(const QList<AgendaItem> &items) const
{
    if (items.isEmpty())
        return QStringLiteral("<p class=\"empty\">") +
               (m_contactIds ? tr("None of the chosen contacts has a follow-up due in this period.")
                             : tr("No follow-ups are due in this period.")) +
               QStringLiteral("</p>");
    QString html = QStringLiteral("<p>") + countText(items.size()) + QStringLiteral("</p>");
    for (qsizetype first = 0; first < items.size();) {
        const QDate day = items.at(first).followUp.dueOn;
        qsizetype end = first;
        while (end < items.size() && items.at(end).followUp.dueOn == day)
            ++end;
        html += dayHtml(day, items, first, end);
        first = end;
    }
    return html;
}

QString CallSheetReport::dayHtml(const QDate &day, const QList<AgendaItem> &items, qsizetype first,
                                 qsizetype end) const
{
    QString html = QStringLiteral("<h2>") + DateFormat::dayHeading(day, m_locale).toHtmlEscaped() +
                   QStringLiteral(" <span class=\"muted\">") + countText(end - first) +
                   QStringLiteral("</span></h2>") +
                   QStringLiteral("<table width=\"100%\" cellspacing=\"0\">") + columnsHtml();
    for (qsizetype i = first; i < end; ++i)
        html += itemHtml(items.at(i));
    return html + QStringLiteral("</table>");
}

QString CallSheetReport::itemHtml(const AgendaItem &item) const
{
    const FollowUp &f = item.followUp;
    const QString time =
        f.dueAt.isValid() ? f.dueAt.toString(QStringLiteral("HH:mm")) : QStringLiteral("—");
    QStringList phones;
    if (!item.phoneWork.isEmpty())
        phones.append(tr("Work %1").arg(item.phoneWork));
    if (!item.phoneDirect.isEmpty())
        phones.append(tr("Direct %1").arg(item.phoneDirect));
    if (!item.phoneMobile.isEmpty())
        phones.append(tr("Mobile %1").arg(item.phoneMobile));
    phones.append(item.email);

    QString standing = tr("%1, score %2").arg(ReportLabels::stage(item.stage)).arg(item.score);
    if (!item.title.isEmpty())
        standing = item.title + QStringLiteral(" · ") + standing;
    QString lastTouch = tr("Not touched yet");
    if (item.lastTouchAt.isValid())
        lastTouch = tr("Last touch %1: %2")
                        .arg(DateFormat::shortDate(item.lastTouchAt.date(), m_locale),
                             item.lastTouchSummary);

    // The last column is left empty for handwriting: the rules are what the pen follows.
    return QStringLiteral("<tr><td><b>") + time + QStringLiteral("</b><br>") +
           ReportLabels::channel(f.channel).toHtmlEscaped() + QStringLiteral("</td><td>") +
           ReportLabels::nameWithReadingHtml(item.familyName, item.givenName, item.familyKana,
                                             item.givenKana, m_locale) +
           QStringLiteral("<br>") + ReportLabels::linesHtml({item.company}) +
           QStringLiteral("<br><span class=\"muted\">") + standing.toHtmlEscaped() +
           QStringLiteral("</span></td><td>") + ReportLabels::linesHtml(phones) +
           QStringLiteral("</td><td><b>") + f.purpose.toHtmlEscaped() +
           QStringLiteral("</b><br><span class=\"muted\">") + lastTouch.toHtmlEscaped() +
           QStringLiteral("</span></td><td class=\"notes\">&nbsp;<hr>&nbsp;<hr></td></tr>");
}

int CallSheetReport::write(const QString &path, const QDate &from, const QDate &to,
                           const QDate &printedOn) const
{
    return ReportWriter(m_locale).write(html(items(from, to)), heading(from, to, printedOn), path);
}

int CallSheetReport::print(QPagedPaintDevice &printer, const QDate &from, const QDate &to,
                           const QDate &printedOn) const
{
    return ReportWriter(m_locale).print(html(items(from, to)), heading(from, to, printedOn),
                                        printer);
}

} // namespace kizuna
