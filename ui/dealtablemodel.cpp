#include "dealtablemodel.h"

#include "contacts/contactservice.h"
#include "moneyformat.h"
#include "nurture/dealservice.h"
#include "storage/storageerror.h"
#include "text/dateformat.h"
#include "themecolours.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <utility>

namespace kizuna {

DealTableModel::DealTableModel(DealService &deals, ContactService &contacts, NameOrder order,
                               QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_service(deals)
    , m_contacts(contacts)
    , m_order(order)
{}

void DealTableModel::reload()
{
    QList<Deal> deals;
    if (!m_contactId || *m_contactId != 0)
        deals = m_service.list(m_contactId.value_or(0));
    // Newest first: the deals being worked on are the ones the user looks for.
    std::stable_sort(deals.begin(), deals.end(), [](const Deal &a, const Deal &b) {
        return a.createdOn != b.createdOn ? a.createdOn > b.createdOn : a.id > b.id;
    });
    m_names.clear();
    setRows(deals);
}

void DealTableModel::setContact(qint64 contactId)
{
    m_contactId = contactId;
    reload();
}

void DealTableModel::setDeals(QList<Deal> deals)
{
    m_names.clear();
    setRows(std::move(deals));
}

int DealTableModel::rowOf(qint64 dealId) const
{
    for (qsizetype row = 0; row < rows().size(); ++row) {
        if (rows().at(row).id == dealId)
            return int(row);
    }
    return -1;
}

QString DealTableModel::statusLabel(DealStatus status)
{
    switch (status) {
    case DealStatus::Open:
        return tr("Open");
    case DealStatus::Won:
        return tr("Won");
    case DealStatus::Lost:
        return tr("Lost");
    }
    return {};
}

QString DealTableModel::contactName(qint64 contactId) const
{
    // Read once a contact and kept: a table repaints its cells often.
    const auto known = m_names.constFind(contactId);
    if (known != m_names.constEnd())
        return *known;
    QString name;
    try {
        name = displayName(m_contacts.get(contactId), m_order);
    } catch (const StorageError &) {
        name = tr("(contact %1)").arg(contactId);
    }
    m_names.insert(contactId, name);
    return name;
}

QVariant DealTableModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const Deal &d = rowAt(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && d.status == DealStatus::Lost)
        return ThemeColours::muted(QPalette());
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const auto date = [&locale](const QDate &day) {
        return day.isValid() ? DateFormat::shortDate(day, locale) : QString();
    };
    switch (index.column()) {
    case ContactColumn:
        return contactName(d.contactId);
    case TitleColumn:
        return d.title;
    case AmountColumn:
        return MoneyFormat::yen(d.amount, locale);
    case StatusColumn:
        return statusLabel(d.status);
    case ExpectedCloseColumn:
        return date(d.expectedCloseOn);
    case ClosedColumn:
        return date(d.closedOn);
    case CreatedColumn:
        return date(d.createdOn);
    default:
        return {};
    }
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ContactColumn:
        return tr("Contact");
    case TitleColumn:
        return tr("Deal");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case ExpectedCloseColumn:
        return tr("Expected close");
    case ClosedColumn:
        return tr("Closed on");
    case CreatedColumn:
        return tr("Opened on");
    default:
        return {};
    }
}

} // namespace kizuna
