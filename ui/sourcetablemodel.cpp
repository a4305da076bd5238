#include "sourcetablemodel.h"

#include "moneyformat.h"
#include "sourcekindlabel.h"
#include "storage/sourcerepository.h"
#include "text/dateformat.h"

#include <QFont>
#include <QHash>
#include <QLocale>

namespace kizuna {

SourceTableModel::SourceTableModel(SourceRepository &sources, QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_sources(sources)
{}

void SourceTableModel::reload()
{
    const QList<Source> sources = m_sources.list();
    const QList<SourceStats> stats = m_sources.stats();
    QHash<qint64, SourceStats> statsById;
    for (const SourceStats &s : stats)
        statsById.insert(s.sourceId, s);
    QList<SourceTableRow> rows;
    for (const Source &s : sources) {
        SourceStats numbers = statsById.value(s.id);
        numbers.sourceId = s.id;
        numbers.name = s.name;
        numbers.kind = s.kind;
        numbers.cost = s.cost;
        rows.append({s, numbers});
    }
    if (statsById.contains(0))
        rows.append({std::nullopt, statsById.value(0)});
    setRows(rows);
}

std::optional<Source> SourceTableModel::sourceAt(int row) const
{
    if (row < 0 || row >= rows().size())
        return std::nullopt;
    return rowAt(row).source;
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const SourceTableRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= CostColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case Qt::FontRole:
        if (!row.source) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        return row.source && !row.source->notes.isEmpty() ? QVariant(row.source->notes)
                                                          : QVariant();
    default:
        return {};
    }
}

QVariant SourceTableModel::display(const SourceTableRow &row, int column) const
{
    const QLocale locale;
    const SourceStats &s = row.stats;
    switch (column) {
    case NameColumn:
        return row.source ? s.name : tr("(no source)");
    case KindColumn:
        return row.source ? SourceKindLabel::text(s.kind) : QString();
    case PeriodColumn: {
        if (!row.source)
            return {};
        const QDate from = row.source->startedOn;
        const QDate to = row.source->endedOn;
        if (!from.isValid() && !to.isValid())
            return MoneyFormat::none();
        if (from == to)
            return DateFormat::shortDate(from, locale);
        return tr("%1 – %2").arg(from.isValid() ? DateFormat::shortDate(from, locale) : QString(),
                                 to.isValid() ? DateFormat::shortDate(to, locale) : QString());
    }
    case CostColumn:
        return row.source ? MoneyFormat::yen(s.cost, locale) : QString();
    case LeadsColumn:
        return locale.toString(s.leads);
    case CustomersColumn:
        return locale.toString(s.customers);
    case RevenueColumn:
        return MoneyFormat::yen(s.revenue, locale);
    case CostPerCustomerColumn:
        return row.source ? MoneyFormat::yen(s.costPerCustomer(), locale) : QString();
    case RoiColumn:
        return row.source ? MoneyFormat::percent(s.roi(), locale) : QString();
    default:
        return {};
    }
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Source");
    case KindColumn:
        return tr("Kind");
    case PeriodColumn:
        return tr("Period");
    case CostColumn:
        return tr("Cost");
    case LeadsColumn:
        return tr("Leads");
    case CustomersColumn:
        return tr("Customers");
    case RevenueColumn:
        return tr("Revenue");
    case CostPerCustomerColumn:
        return tr("Cost per customer");
    case RoiColumn:
        return tr("ROI");
    default:
        return {};
    }
}

} // namespace kizuna
