#pragma once

#include "domain/funnel.h"

#include "rowtablemodel.h"

namespace kizuna {

/// The stages of a computed funnel as a table: how many reached each stage, stand there now,
/// went on to the next, how long a stay lasted and how many were lost from it.
class FunnelStageModel final : public RowTableModel<FunnelStage>
{
    Q_OBJECT

public:
    enum Column
    {
        StageColumn = 0,
        ReachedColumn,
        CurrentColumn,
        ConversionColumn,
        MedianDaysColumn,
        LostColumn,
        ColumnCount,
    };

    explicit FunnelStageModel(QObject *parent = nullptr);

    void setFunnel(const Funnel &funnel);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace kizuna
