#pragma once

#include "domain/companypage.h"
#include "domain/stagechange.h"
#include "domain/timelineentry.h"
#include "rowtablemodel.h"

#include <QHash>

namespace kizuna {

class Database;

/// Everything that happened with one contact, newest first: touches, stage changes,
/// imports, merges and deals, as core's timeline gathers them. A touch reads as its channel
/// (and who reached out), its outcome and its summary; a stage step by the stages' names.
class TimelineModel final : public RowTableModel<TimelineEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn = 0,
        WhatColumn,
        DetailsColumn,
        ColumnCount,
    };

    /// `db` must outlive the model.
    explicit TimelineModel(const Database &db, QObject *parent = nullptr);

    /// Reads the contact's timeline; none for 0. Throws StorageError.
    void setContact(qint64 contactId);
    /// Shows several people's entries as one (a company's), each one's details led by whose
    /// it is. Throws StorageError.
    void setCompanyTimeline(const QList<CompanyTimelineEntry> &entries);
    const TimelineEntry &entryAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString what(const TimelineEntry &entry) const;
    QString details(const TimelineEntry &entry) const;

    const Database &m_db;
    QHash<qint64, StageChange> m_steps; ///< the stage steps behind the entries, by id
    QList<QString> m_people;            ///< whose each entry is, on a company's timeline
};

} // namespace kizuna
