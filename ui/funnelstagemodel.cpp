#include "funnelstagemodel.h"

#include "moneyformat.h"
#include "stagepalette.h"

#include <QLocale>
#include <QPalette>

namespace kizuna {

FunnelStageModel::FunnelStageModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

void FunnelStageModel::setFunnel(const Funnel &funnel)
{
    setRows(funnel.stages);
}

QVariant FunnelStageModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const FunnelStage &s = rowAt(index.row());
    if (role == Qt::BackgroundRole && index.column() == StageColumn)
        return StagePalette::background(s.stage, QPalette());
    if (role == Qt::ForegroundRole && index.column() == StageColumn)
        return StagePalette::foreground(s.stage, QPalette());
    if (role == Qt::TextAlignmentRole && index.column() != StageColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        // The raw numbers, for callers that compute with them.
        switch (index.column()) {
        case ReachedColumn:
            return s.reached;
        case CurrentColumn:
            return s.current;
        case ConversionColumn:
            return s.conversionToNext ? QVariant(*s.conversionToNext) : QVariant();
        case MedianDaysColumn:
            return s.medianDays ? QVariant(*s.medianDays) : QVariant();
        case LostColumn:
            return s.lost;
        default:
            return static_cast<int>(s.stage);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case StageColumn:
        return StagePalette::label(s.stage);
    case ReachedColumn:
        return locale.toString(s.reached);
    case CurrentColumn:
        return locale.toString(s.current);
    case ConversionColumn:
        return MoneyFormat::percent(s.conversionToNext, locale);
    case MedianDaysColumn:
        return s.medianDays ? tr("%1 days").arg(locale.toString(*s.medianDays, 'f', 1))
                            : MoneyFormat::none();
    case LostColumn:
        return locale.toString(s.lost);
    default:
        return {};
    }
}

QVariant FunnelStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case ReachedColumn:
        return tr("Reached");
    case CurrentColumn:
        return tr("There now");
    case ConversionColumn:
        return tr("To next stage");
    case MedianDaysColumn:
        return tr("Median stay");
    case LostColumn:
        return tr("Lost from here");
    default:
        return {};
    }
}

} // namespace kizuna
