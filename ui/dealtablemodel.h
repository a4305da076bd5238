#pragma once

#include "domain/deal.h"
#include "domain/personname.h"

#include "rowtablemodel.h"
#include <QHash>

#include <optional>

namespace kizuna {

class ContactService;
class DealService;

/// The deals of every live contact (or of one, on the contact's card), newest first: whose,
/// what, how much, where it stands and when it opened, is expected to close and closed.
class DealTableModel final : public RowTableModel<Deal>
{
    Q_OBJECT

public:
    enum Column
    {
        ContactColumn = 0,
        TitleColumn,
        AmountColumn,
        StatusColumn,
        ExpectedCloseColumn,
        ClosedColumn,
        CreatedColumn,
        ColumnCount,
    };

    /// Both services must outlive the model.
    DealTableModel(DealService &deals, ContactService &contacts, NameOrder order,
                   QObject *parent = nullptr);

    /// Reads the deals again. Throws StorageError.
    void reload();
    /// From now on lists only this contact's deals (none for 0), read at once. Throws
    /// StorageError.
    void setContact(qint64 contactId);
    /// Lists these deals as given (a company's, newest first) until setContact() or
    /// reload().
    void setDeals(QList<Deal> deals);
    const Deal &dealAt(int row) const { return rowAt(row); }
    /// The row of a deal; -1 when it is not listed.
    int rowOf(qint64 dealId) const;
    static QString statusLabel(DealStatus status);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString contactName(qint64 contactId) const;

    DealService &m_service;
    ContactService &m_contacts;
    NameOrder m_order;
    std::optional<qint64> m_contactId;      ///< whose deals are listed; everyone's when empty
    mutable QHash<qint64, QString> m_names; ///< contact names, read on first paint
};

} // namespace kizuna
