#include "dealservice.h"

#include "cadencekeeper.h"
#include "nurturesettings.h"
#include "scorekeeper.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/settingsrepository.h"
#include "storage/stagehistoryrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kizuna {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Deals", text);
}
} // namespace

DealService::DealService(Database &db, const QDate &today)
    : m_db(db)
    , m_today(today)
{}

Deal DealService::get(qint64 id) const
{
    const auto found = DealRepository(m_db).find(id);
    if (!found)
        throw StorageError(StorageError::Kind::NotFound, m_db.path(),
                           tr("no deal with id %1").arg(id));
    return *found;
}

Deal DealService::requireOpen(qint64 id) const
{
    const Deal d = get(id);
    if (d.status != DealStatus::Open)
        throw ValidationError(QStringLiteral("status"),
                              tr("deal %1 is already %2").arg(id).arg(dealStatusKey(d.status)));
    return d;
}

void DealService::validate(const Deal &deal) const
{
    if (deal.title.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("title"), tr("a deal needs a title"));
    if (deal.amount < 0)
        throw ValidationError(QStringLiteral("amount"), tr("the amount cannot be negative"));
}

qint64 DealService::add(const Deal &deal)
{
    validate(deal);
    Transaction transaction(m_db);
    StageHistoryRepository(m_db).current(deal.contactId); // throws for an unknown contact
    Deal d = deal;
    d.status = DealStatus::Open;
    d.closedOn = {};
    d.createdOn = m_today;
    const qint64 id = DealRepository(m_db).add(d);
    transaction.commit();
    return id;
}

std::optional<Stage> DealService::win(qint64 id, bool keepStage)
{
    Transaction transaction(m_db);
    Deal d = requireOpen(id);
    d.status = DealStatus::Won;
    d.closedOn = m_today;
    DealRepository deals(m_db);
    deals.update(d);
    std::optional<Stage> moved;
    if (!keepStage) {
        StageHistoryRepository stages(m_db);
        const Stage now = stages.current(d.contactId);
        // A repeat purchase is what makes a customer loyal.
        const Stage target = deals.wonCount(d.contactId) >= 2 ? Stage::Loyal : Stage::Customer;
        const bool forward = now == Stage::Lost || static_cast<int>(now) < static_cast<int>(target);
        if (forward &&
            stages.change(d.contactId, target, m_today, tr("deal won: %1").arg(d.title))) {
            CadenceKeeper(m_db, NurtureSettings::load(SettingsRepository(m_db)), m_today)
                .afterStageChange(d.contactId, target);
            moved = target;
        }
    }
    ScoreKeeper(m_db).recompute(d.contactId, m_today);
    transaction.commit();
    return moved;
}

void DealService::lose(qint64 id)
{
    Transaction transaction(m_db);
    Deal d = requireOpen(id);
    d.status = DealStatus::Lost;
    d.closedOn = m_today;
    DealRepository(m_db).update(d);
    transaction.commit();
}

void DealService::edit(const Deal &deal)
{
    validate(deal);
    Transaction transaction(m_db);
    Deal d = requireOpen(deal.id);
    d.title = deal.title.trimmed();
    d.amount = deal.amount;
    d.expectedCloseOn = deal.expectedCloseOn;
    DealRepository(m_db).update(d);
    transaction.commit();
}

QList<Deal> DealService::list(qint64 contactId) const
{
    DealRepository deals(m_db);
    return contactId == 0 ? deals.list() : deals.forContact(contactId);
}

} // namespace kizuna
