#pragma once

#include "domain/agendaitem.h"
#include "domain/contact.h"
#include "domain/ownerfilter.h"

#include <QDate>
#include <QList>

namespace kizuna {

class Database;

/// What to do and whom not to forget, as of a day: the follow-ups due, the leads that have
/// dropped out of the cadence, the people whose details need a check, and the best leads.
class Agenda final
{
public:
    /// The agenda of the follow-ups and leads `owner` keeps (everyone's by default).
    Agenda(const Database &db, const QDate &today, const OwnerFilter &owner = {});

    QList<AgendaItem> today(int limit = 500) const;
    /// Open follow-ups due before today, oldest first.
    /// `offset` (here and below) skips that many, for lists read page by page.
    QList<AgendaItem> overdue(int limit = 500, int offset = 0) const;
    /// Today and the six days after it: the week ahead.
    QList<AgendaItem> week(int limit = 500) const;
    QList<AgendaItem> range(const QDate &from, const QDate &to, int limit = 500,
                            int offset = 0) const;
    /// The range for these contacts only (a selection in the contact list).
    QList<AgendaItem> range(const QList<qint64> &contactIds, const QDate &from, const QDate &to,
                            int limit = 500) const;
    /// Active leads with no open follow-up.
    QList<Contact> dropped(int limit = 500, int offset = 0) const;
    /// Active leads whose details are older than the review age, or whose e-mail bounced.
    QList<Contact> review(int limit = 500, int offset = 0) const;
    /// Warm and hot leads, best score first.
    QList<Contact> salesReady(int limit = 50) const;

    qint64 overdueCount() const;
    qint64 todayCount() const;
    qint64 weekCount() const;
    qint64 droppedCount() const;
    qint64 reviewCount() const;

    QDate day() const { return m_today; }
    const OwnerFilter &owner() const { return m_owner; }

private:
    QDate reviewBefore() const;

    const Database &m_db;
    QDate m_today;
    OwnerFilter m_owner;
};

} // namespace kizuna
