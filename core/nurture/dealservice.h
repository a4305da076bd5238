#pragma once

#include "domain/deal.h"
#include "domain/stage.h"

#include <QDate>
#include <QList>

#include <optional>

namespace kizuna {

class Database;

/// Deals, and what winning one does to the lead: the first won deal makes a customer, the
/// second a loyal (repeat) customer, unless the user keeps the stage.
class DealService final
{
public:
    DealService(Database &db, const QDate &today);

    /// Opens a deal; returns its id. Throws ValidationError (no title, negative amount) or
    /// StorageError(NotFound) for an unknown contact.
    qint64 add(const Deal &deal);
    /// Marks the deal won today. Unless `keepStage`, moves the contact on; returns the stage
    /// it moved to, nullopt when it stayed.
    std::optional<Stage> win(qint64 id, bool keepStage = false);
    void lose(qint64 id);
    /// Changes title, amount and expected close of an open deal (a closed deal is history
    /// and stays as it was). Throws ValidationError as add() does, and for a closed deal.
    void edit(const Deal &deal);

    Deal get(qint64 id) const;
    /// A contact's deals, or every live contact's when `contactId` is 0.
    QList<Deal> list(qint64 contactId) const;

private:
    void validate(const Deal &deal) const;
    Deal requireOpen(qint64 id) const;

    Database &m_db;
    QDate m_today;
};

} // namespace kizuna
