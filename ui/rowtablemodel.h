#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <utility>

namespace kizuna {

/// A table over a short list read whole (funnel stages, cohorts, sources, deals): one row a
/// value, a fixed number of columns. Subclasses say what a cell shows.
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    RowTableModel(int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {}

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    /// Whether the index names a cell of this table.
    bool holds(const QModelIndex &index) const
    {
        return index.isValid() && index.row() < m_rows.size() && index.column() < m_columns;
    }

private:
    QList<Row> m_rows;
    int m_columns;
};

} // namespace kizuna
