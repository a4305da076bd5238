#pragma once

#include "domain/funnel.h"

#include "rowtablemodel.h"

namespace kizuna {

/// The monthly cohorts of a funnel: the leads that entered in each month and how many of
/// them are customers at the end of the period.
class FunnelCohortModel final : public RowTableModel<FunnelCohort>
{
    Q_OBJECT

public:
    enum Column
    {
        MonthColumn = 0,
        LeadsColumn,
        CustomersColumn,
        RateColumn,
        ColumnCount,
    };

    explicit FunnelCohortModel(QObject *parent = nullptr);

    void setFunnel(const Funnel &funnel);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace kizuna
