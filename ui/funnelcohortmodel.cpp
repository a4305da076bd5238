#include "funnelcohortmodel.h"

#include "moneyformat.h"

#include <QLocale>

namespace kizuna {

FunnelCohortModel::FunnelCohortModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

void FunnelCohortModel::setFunnel(const Funnel &funnel)
{
    setRows(funnel.cohorts);
}

QVariant FunnelCohortModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const FunnelCohort &c = rowAt(index.row());
    const std::optional<double> rate =
        c.leads > 0 ? std::optional<double>(double(c.customers) / double(c.leads)) : std::nullopt;
    if (role == Qt::TextAlignmentRole && index.column() != MonthColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case MonthColumn:
            return c.month;
        case LeadsColumn:
            return c.leads;
        case CustomersColumn:
            return c.customers;
        case RateColumn:
            return rate ? QVariant(*rate) : QVariant();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case MonthColumn:
        return locale.language() == QLocale::Japanese
                   ? c.month.toString(QStringLiteral("yyyy年M月"))
                   : locale.toString(c.month, QStringLiteral("MMM yyyy"));
    case LeadsColumn:
        return locale.toString(c.leads);
    case CustomersColumn:
        return locale.toString(c.customers);
    case RateColumn:
        return MoneyFormat::percent(rate, locale);
    default:
        return {};
    }
}

QVariant FunnelCohortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month entered");
    case LeadsColumn:
        return tr("Leads");
    case CustomersColumn:
        return tr("Customers now");
    case RateColumn:
        return tr("Became customers");
    default:
        return {};
    }
}

} // namespace kizuna
