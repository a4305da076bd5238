#include "agenda.h"

#include "nurturesettings.h"
#include "storage/followuprepository.h"
#include "storage/leadlistrepository.h"
#include "storage/settingsrepository.h"

namespace kizuna {

Agenda::Agenda(const Database &db, const QDate &today, const OwnerFilter &owner)
    : m_db(db)
    , m_today(today)
    , m_owner(owner)
{}

QList<AgendaItem> Agenda::today(int limit) const
{
    return range(m_today, m_today, limit);
}

QList<AgendaItem> Agenda::overdue(int limit, int offset) const
{
    return FollowUpRepository(m_db).overdue(m_today, limit, offset, m_owner);
}

QList<AgendaItem> Agenda::week(int limit) const
{
    return range(m_today, m_today.addDays(6), limit);
}

QList<AgendaItem> Agenda::range(const QDate &from, const QDate &to, int limit, int offset) const
{
    return FollowUpRepository(m_db).agenda(from, to, limit, offset, m_owner);
}

QList<AgendaItem> Agenda::range(const QList<qint64> &contactIds, const QDate &from, const QDate &to,
                                int limit) const
{
    return FollowUpRepository(m_db).agenda(contactIds, from, to, limit);
}

QList<Contact> Agenda::dropped(int limit, int offset) const
{
    return LeadListRepository(m_db, m_owner).dropped(limit, offset);
}

QDate Agenda::reviewBefore() const
{
    const int months = NurtureSettings::load(SettingsRepository(m_db)).reviewAgeMonths;
    return m_today.addMonths(-months);
}

QList<Contact> Agenda::review(int limit, int offset) const
{
    return LeadListRepository(m_db, m_owner).review(reviewBefore(), limit, offset);
}

qint64 Agenda::reviewCount() const
{
    return LeadListRepository(m_db, m_owner).reviewCount(reviewBefore());
}

qint64 Agenda::weekCount() const
{
    return FollowUpRepository(m_db).countOpen(m_today, m_today.addDays(6), m_owner);
}

QList<Contact> Agenda::salesReady(int limit) const
{
    return LeadListRepository(m_db, m_owner).salesReady(limit);
}

qint64 Agenda::overdueCount() const
{
    return FollowUpRepository(m_db).countOpen({}, m_today.addDays(-1), m_owner);
}

qint64 Agenda::todayCount() const
{
    return FollowUpRepository(m_db).countOpen(m_today, m_today, m_owner);
}

qint64 Agenda::droppedCount() const
{
    return LeadListRepository(m_db, m_owner).droppedCount();
}

} // namespace kizuna
