#pragma once

#include "domain/scoreexplanation.h"
#include "rowtablemodel.h"

#include <QDate>

namespace kizuna {

class Database;

/// Why a contact's lead score is what it is, point by point ("+20 decision maker by title"),
/// as the scorer reckons it with the current weights.
class ScoreExplanationModel final : public RowTableModel<ScoreExplanation::Point>
{
    Q_OBJECT

public:
    enum Column
    {
        PointsColumn = 0,
        ReasonColumn,
        ColumnCount,
    };

    /// `db` must outlive the model.
    explicit ScoreExplanationModel(const Database &db, QObject *parent = nullptr);

    /// Reckons the contact's score as of `today`; none for 0. Throws StorageError.
    void setContact(qint64 contactId, const QDate &today);
    /// The score the points add up to (0 to 100).
    int score() const { return m_score; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Database &m_db;
    int m_score = 0;
};

} // namespace kizuna
