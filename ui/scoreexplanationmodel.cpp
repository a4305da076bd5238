#include "scoreexplanationmodel.h"

#include "nurture/scorekeeper.h"
#include "themecolours.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

namespace kizuna {

ScoreExplanationModel::ScoreExplanationModel(const Database &db, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_db(db)
{}

void ScoreExplanationModel::setContact(qint64 contactId, const QDate &today)
{
    ScoreExplanation explanation;
    if (contactId)
        explanation = ScoreKeeper(m_db).explain(contactId, today);
    m_score = explanation.score;
    setRows(explanation.points);
}

QVariant ScoreExplanationModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const ScoreExplanation::Point &point = rowAt(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == PointsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // What takes points away stands out from what adds them.
    if (role == Qt::ForegroundRole && index.column() == PointsColumn && point.points < 0)
        return ThemeColours::negative(QPalette());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PointsColumn:
        // Signed both ways, so the column reads as a sum.
        return QString((point.points > 0 ? QStringLiteral("+") : QString()) +
                       QLocale().toString(point.points));
    case ReasonColumn:
        return point.reason;
    default:
        return {};
    }
}

QVariant ScoreExplanationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PointsColumn:
        return tr("Points");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace kizuna
