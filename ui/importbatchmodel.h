#pragma once

#include "rowtablemodel.h"

#include "storage/importbatchrepository.h"

namespace kizuna {

class ImportHistory;

/// The imports done so far, newest first: when, which file, read as what, what came of the
/// rows, and whether the import was undone. Imports are few, so the model reads them all.
class ImportBatchModel final : public RowTableModel<ImportBatch>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn = 0,
        FileColumn,
        PresetColumn,
        CreatedColumn,
        MergedColumn,
        SkippedColumn,
        RejectedColumn,
        StatusColumn,
        ColumnCount,
    };

    /// `history` must outlive the model.
    explicit ImportBatchModel(const ImportHistory &history, QObject *parent = nullptr);

    /// Reads the imports again. Throws StorageError.
    void reload();
    /// The batch on a row, or null for a row that is not there.
    const ImportBatch *batchAt(int row) const;
    /// Whether the batch on a row can still be undone.
    bool canUndo(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ImportBatch &batch, int column) const;
    QString status(const ImportBatch &batch) const;

    const ImportHistory &m_history;
};

} // namespace kizuna
