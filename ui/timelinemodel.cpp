#include "timelinemodel.h"

#include "channellabel.h"
#include "outcomelabel.h"
#include "stagehistorymodel.h"
#include "storage/stagehistoryrepository.h"
#include "storage/timelinerepository.h"
#include "text/dateformat.h"

#include <QLocale>
#include <QSet>

namespace kizuna {

TimelineModel::TimelineModel(const Database &db, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_db(db)
{}

void TimelineModel::setContact(qint64 contactId)
{
    m_steps.clear();
    m_people.clear();
    if (contactId) {
        // Core words a step with the stages' keys; the window names them in its language.
        for (const StageChange &step : StageHistoryRepository(m_db).history(contactId))
            m_steps.insert(step.id, step);
    }
    setRows(contactId ? TimelineRepository(m_db).forContact(contactId) : QList<TimelineEntry>());
}

void TimelineModel::setCompanyTimeline(const QList<CompanyTimelineEntry> &entries)
{
    m_steps.clear();
    m_people.clear();
    QList<TimelineEntry> rows;
    QSet<qint64> read;
    const StageHistoryRepository history(m_db);
    for (const CompanyTimelineEntry &e : entries) {
        if (e.entry.kind == TimelineEntry::Kind::StageChange && !read.contains(e.contactId)) {
            read.insert(e.contactId);
            for (const StageChange &step : history.history(e.contactId))
                m_steps.insert(step.id, step);
        }
        rows.append(e.entry);
        m_people.append(e.personName);
    }
    setRows(rows);
}

QString TimelineModel::what(const TimelineEntry &entry) const
{
    switch (entry.kind) {
    case TimelineEntry::Kind::Activity: {
        const auto channel = channelFromKey(entry.channel);
        const QString name = channel ? ChannelLabel::text(*channel) : entry.channel;
        // Their reaching out is what a salesperson looks for.
        return directionFromKey(entry.direction) == Direction::Inbound
                   ? tr("%1 from them").arg(name)
                   : name;
    }
    case TimelineEntry::Kind::StageChange:
        return tr("Stage");
    case TimelineEntry::Kind::Import:
        return tr("Import");
    case TimelineEntry::Kind::Merge:
        return tr("Merge");
    case TimelineEntry::Kind::Deal:
        return tr("Deal");
    }
    return {};
}

QString TimelineModel::details(const TimelineEntry &entry) const
{
    if (entry.kind == TimelineEntry::Kind::StageChange) {
        const auto step = m_steps.constFind(entry.refId);
        if (step == m_steps.constEnd())
            return entry.summary;
        const QString text = StageHistoryModel::stepText(*step);
        return step->note.isEmpty() ? text : tr("%1: %2").arg(text, step->note);
    }
    if (entry.kind != TimelineEntry::Kind::Activity)
        return entry.summary;
    const auto outcome = outcomeFromKey(entry.outcome);
    if (!outcome || *outcome == Outcome::None)
        return entry.summary;
    const QString label = OutcomeLabel::text(*outcome);
    return entry.summary.isEmpty() ? label : tr("%1 (%2)").arg(entry.summary, label);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const TimelineEntry &entry = rowAt(index.row());
    switch (index.column()) {
    case WhenColumn: {
        const QLocale locale;
        QString when = DateFormat::shortDate(entry.at.date(), locale);
        // Only touches have a time that means something; the rest are dated by the day.
        if (entry.kind == TimelineEntry::Kind::Activity)
            when += QLatin1Char(' ') + locale.toString(entry.at.time(), QLocale::ShortFormat);
        return when;
    }
    case WhatColumn:
        return what(entry);
    case DetailsColumn:
        return m_people.isEmpty() ? details(entry)
                                  : tr("%1: %2").arg(m_people.at(index.row()), details(entry));
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace kizuna
