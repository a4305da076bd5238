#pragma once

#include "domain/source.h"
#include "domain/sourcestats.h"

#include "rowtablemodel.h"

#include <optional>

namespace kizuna {

class SourceRepository;

/// A row of the sources table: a source (none for the leads without one) and its numbers.
struct SourceTableRow
{
    std::optional<Source> source;
    SourceStats stats;
};

/// Every lead source with what it cost and brought in: leads, customers, revenue, cost per
/// customer and ROI, by name, then a row for the leads that came with no source. Sources
/// are few (dozens, not thousands), so the model reads them all.
class SourceTableModel final : public RowTableModel<SourceTableRow>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn = 0,
        KindColumn,
        PeriodColumn,
        CostColumn,
        LeadsColumn,
        CustomersColumn,
        RevenueColumn,
        CostPerCustomerColumn,
        RoiColumn,
        ColumnCount,
    };

    /// `sources` must outlive the model.
    explicit SourceTableModel(SourceRepository &sources, QObject *parent = nullptr);

    /// Reads the sources and their numbers again. Throws StorageError.
    void reload();
    /// The source on a row; none for the "no source" row.
    std::optional<Source> sourceAt(int row) const;
    const SourceStats &statsAt(int row) const { return rowAt(row).stats; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SourceTableRow &row, int column) const;

    SourceRepository &m_sources;
};

} // namespace kizuna
