#pragma once

#include "domain/followup.h"
#include "rowtablemodel.h"

#include <QDate>

namespace kizuna {

class Database;

/// One contact's open follow-ups, soonest first: when, how and what for. Those overdue are
/// red, today's bold, as on the agenda.
class OpenFollowUpModel final : public RowTableModel<FollowUp>
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn = 0,
        ChannelColumn,
        PurposeColumn,
        ColumnCount,
    };

    /// `db` must outlive the model.
    explicit OpenFollowUpModel(const Database &db, QObject *parent = nullptr);

    /// Reads the contact's open follow-ups as of `today`; none for 0. Throws StorageError.
    void setContact(qint64 contactId, const QDate &today);
    const FollowUp &followUpAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Database &m_db;
    QDate m_today;
};

} // namespace kizuna
