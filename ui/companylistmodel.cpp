#include "companylistmodel.h"

#include "contacts/companyservice.h"
#include "moneyformat.h"
#include "stagepalette.h"
#include "storage/storageerror.h"

#include <QPalette>

namespace kizuna {

namespace {

CompanySort sortOf(int column)
{
    switch (column) {
    case CompanyListModel::PeopleColumn:
        return CompanySort::People;
    case CompanyListModel::StageColumn:
        return CompanySort::BestStage;
    case CompanyListModel::OpenDealsColumn:
        return CompanySort::OpenDeals;
    case CompanyListModel::RevenueColumn:
        return CompanySort::WonRevenue;
    default:
        return CompanySort::Reading;
    }
}

} // namespace

CompanyListModel::CompanyListModel(CompanyService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_query.limit = kPageSize;
}

void CompanyListModel::setSearch(const QString &text)
{
    m_query.search = text.trimmed();
    reload();
}

void CompanyListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    try {
        CompanyListQuery first = m_query;
        first.offset = 0;
        m_total = m_service.count(first.search);
        m_rows = m_service.page(first);
    } catch (const StorageError &error) {
        emit fetchFailed(error.message());
    }
    endResetModel();
}

int CompanyListModel::rowOf(qint64 companyId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == companyId)
            return int(row);
    }
    return -1;
}

int CompanyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompanyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CompanySummary &c = m_rows.at(index.row());
    const bool number = index.column() == PeopleColumn || index.column() == OpenDealsColumn ||
                        index.column() == RevenueColumn;
    if (role == Qt::TextAlignmentRole && number)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && index.column() == StageColumn && c.bestStage)
        return StagePalette::background(*c.bestStage, QPalette());
    if (role == Qt::ForegroundRole && index.column() == StageColumn && c.bestStage)
        return StagePalette::foreground(*c.bestStage, QPalette());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case ReadingColumn:
        return c.nameKana;
    case PeopleColumn:
        return locale.toString(c.people);
    case StageColumn:
        return c.bestStage ? StagePalette::label(*c.bestStage) : MoneyFormat::none();
    case OpenDealsColumn:
        return locale.toString(c.openDeals);
    case RevenueColumn:
        return MoneyFormat::yen(c.wonRevenue, locale);
    default:
        return {};
    }
}

QVariant CompanyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Company");
    case ReadingColumn:
        return tr("Reading");
    case PeopleColumn:
        return tr("People");
    case StageColumn:
        return tr("Best stage");
    case OpenDealsColumn:
        return tr("Open deals");
    case RevenueColumn:
        return tr("Won revenue");
    default:
        return {};
    }
}

bool CompanyListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void CompanyListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    CompanyListQuery next = m_query;
    next.offset = int(m_rows.size());
    QList<CompanySummary> rows;
    try {
        rows = m_service.page(next);
    } catch (const StorageError &error) {
        emit fetchFailed(error.message());
        return;
    }
    if (rows.isEmpty()) {
        // Companies went away since the count: the list ends where the rows do.
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

void CompanyListModel::sort(int column, Qt::SortOrder order)
{
    const CompanySort sort = sortOf(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

} // namespace kizuna
