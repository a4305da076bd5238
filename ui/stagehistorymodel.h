#pragma once

#include "domain/stagechange.h"
#include "rowtablemodel.h"

namespace kizuna {

class Database;

/// One contact's way through the stages, newest step first: the day, the step ("Warm →
/// Hot", or the stage they entered at) and the note written with it.
class StageHistoryModel final : public RowTableModel<StageChange>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn = 0,
        StepColumn,
        NoteColumn,
        ColumnCount,
    };

    /// `db` must outlive the model.
    explicit StageHistoryModel(const Database &db, QObject *parent = nullptr);

    /// Reads the contact's steps; none for 0. Throws StorageError.
    void setContact(qint64 contactId);
    /// "Warm → Hot", or "entered as Cold" for the first step.
    static QString stepText(const StageChange &step);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Database &m_db;
};

} // namespace kizuna
