#include "stagehistorymodel.h"

#include "stagepalette.h"
#include "storage/stagehistoryrepository.h"
#include "text/dateformat.h"

#include <QColor>
#include <QPalette>

#include <algorithm>

namespace kizuna {

StageHistoryModel::StageHistoryModel(const Database &db, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_db(db)
{}

void StageHistoryModel::setContact(qint64 contactId)
{
    QList<StageChange> steps =
        contactId ? StageHistoryRepository(m_db).history(contactId) : QList<StageChange>();
    // Core keeps them oldest first; the card shows where the contact stands now on top.
    std::reverse(steps.begin(), steps.end());
    setRows(steps);
}

QString StageHistoryModel::stepText(const StageChange &step)
{
    if (!step.from)
        return tr("entered as %1").arg(StagePalette::label(step.to));
    return StagePalette::label(*step.from) + QStringLiteral(" → ") + StagePalette::label(step.to);
}

QVariant StageHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const StageChange &step = rowAt(index.row());
    if (role == Qt::BackgroundRole && index.column() == StepColumn)
        return StagePalette::background(step.to, QPalette());
    if (role == Qt::ForegroundRole && index.column() == StepColumn)
        return StagePalette::foreground(step.to, QPalette());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return DateFormat::shortDate(step.changedOn, QLocale());
    case StepColumn:
        return stepText(step);
    case NoteColumn:
        return step.note;
    default:
        return {};
    }
}

QVariant StageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case StepColumn:
        return tr("Step");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace kizuna
