#pragma once

#include "domain/companysummary.h"
#include "storage/companylistquery.h"

#include <QAbstractTableModel>
#include <QList>

namespace kizuna {

class CompanyService;

/// The companies list, read a page at a time as the view scrolls (canFetchMore, fetchMore):
/// name, reading, people, best stage, open deals and won revenue. Searching and sorting
/// happen in SQL, so it holds only the rows shown so far, at any number of companies.
class CompanyListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn = 0,
        ReadingColumn,
        PeopleColumn,
        StageColumn,
        OpenDealsColumn,
        RevenueColumn,
        ColumnCount,
    };

    /// Rows read per page.
    static constexpr int kPageSize = 200;

    /// `service` must outlive the model. Empty until reload() or setSearch().
    explicit CompanyListModel(CompanyService &service, QObject *parent = nullptr);

    /// Lists the companies whose name or reading holds the text; every company for none.
    void setSearch(const QString &text);
    QString search() const { return m_query.search; }
    /// Reads again from the first page, with the same search and order (after a merge).
    void reload();
    /// How many companies the search matches, read or not.
    qint64 totalCount() const { return m_total; }
    const CompanySummary &companyAt(int row) const { return m_rows.at(row); }
    /// The row of a company among those read; -1 when it is not.
    int rowOf(qint64 companyId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorted in SQL: the name and the reading both sort in reading order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// Reading failed (the database went away); the list keeps what it had.
    void fetchFailed(const QString &message);

private:
    CompanyService &m_service;
    CompanyListQuery m_query;
    QList<CompanySummary> m_rows;
    qint64 m_total = 0;
};

} // namespace kizuna
