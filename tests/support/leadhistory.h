#pragma once

#include "contactbuilder.h"
#include "domain/deal.h"
#include "domain/stage.h"

#include <QDate>
#include <QList>

#include <utility>

namespace kizuna {
class Database;
}

namespace kizuna::test {

/// A lead that entered the funnel (as cold) on `entered`, then took each step on its day:
/// a stage history built by hand for the funnel's tests.
qint64 addLead(Database &db, const QDate &entered, const QList<std::pair<QDate, Stage>> &steps,
               ContactBuilder card = ContactBuilder());

/// An open deal of a contact, as DealService::add takes it.
Deal openDeal(qint64 contactId, const QString &title, qint64 amount);

} // namespace kizuna::test
