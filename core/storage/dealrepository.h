#pragma once

#include "domain/deal.h"

#include <QList>

#include <optional>

namespace kizuna {

class Database;

/// Deals (table deals). The caller owns the transaction.
class DealRepository final
{
public:
    explicit DealRepository(const Database &db);

    qint64 add(const Deal &deal);
    /// Writes title, amount, currency, expected close, status and closing day.
    void update(const Deal &deal);
    std::optional<Deal> find(qint64 id) const;
    /// A contact's deals, oldest first.
    QList<Deal> forContact(qint64 contactId) const;
    /// Deals of live contacts, oldest first.
    QList<Deal> list() const;
    /// Deals of the live people of a company, newest first.
    QList<Deal> forCompany(qint64 companyId) const;
    /// How many deals the contact has won.
    int wonCount(qint64 contactId) const;

    /// Gives everything of one contact to another (merging duplicates).
    void reassign(qint64 fromContactId, qint64 toContactId);

private:
    const Database &m_db;
};

} // namespace kizuna
