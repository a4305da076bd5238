#pragma once

#include "domain/agendaitem.h"
#include "domain/followup.h"
#include "domain/ownerfilter.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

namespace kizuna {

class Database;

/// Follow-ups (table follow_ups) and the agenda read from them. The caller owns the
/// transaction. Lists leave out contacts in the trash.
class FollowUpRepository final
{
public:
    explicit FollowUpRepository(const Database &db);

    qint64 add(const FollowUp &followUp);
    /// Writes due date and time, channel, purpose, status, assignee and completion.
    void update(const FollowUp &followUp);
    /// update() only while the stored follow-up is still open and at the version read, in one
    /// statement; returns whether it was (false, changing nothing, otherwise). On a server a
    /// second client may have closed it since it was read: its row lock makes this wait for
    /// that client's commit and then see the closed row, so a completion is never written
    /// twice and never reopened by a stale copy.
    bool updateIfOpen(const FollowUp &followUp);
    /// Links a done follow-up to the touch that did it.
    void linkActivity(qint64 followUpId, qint64 activityId);
    /// Deletes a follow-up (one scheduled by a completion that was taken back).
    void remove(qint64 id);

    std::optional<FollowUp> find(qint64 id) const;
    /// A contact's follow-ups, soonest first; all statuses when `status` is empty.
    QList<FollowUp> forContact(qint64 contactId, std::optional<FollowUpStatus> status) const;
    /// Every follow-up of live contacts with this status (all when empty), by due date.
    QList<FollowUp> list(std::optional<FollowUpStatus> status, int limit) const;
    /// The contact's open follow-up that the stage cadence keeps, if any.
    std::optional<FollowUp> openCadence(qint64 contactId) const;
    /// Holds the contact's row until the transaction ends, before looking for its open cadence
    /// follow-up to make one: on a server two sessions could otherwise both find none and
    /// both make one. A file's write transactions run one at a time already.
    void lockForCadence(qint64 contactId) const;
    /// The contact's soonest open follow-up.
    std::optional<FollowUp> nextOpen(qint64 contactId) const;

    /// Open follow-ups due from `from` to `to` (inclusive), by day, time and id; `owner`
    /// (here and below) keeps those of one assignee.
    QList<AgendaItem> agenda(const QDate &from, const QDate &to, int limit, int offset = 0,
                             const OwnerFilter &owner = {}) const;
    /// The same for these contacts only (a selection in the contact list).
    QList<AgendaItem> agenda(const QList<qint64> &contactIds, const QDate &from, const QDate &to,
                             int limit) const;
    /// Open follow-ups due before `day`, oldest first. `offset` skips that many: the agenda
    /// view reads a long list page by page.
    QList<AgendaItem> overdue(const QDate &day, int limit, int offset = 0,
                              const OwnerFilter &owner = {}) const;
    /// How many open follow-ups of live contacts are due in the range (either end may be
    /// null for open-ended).
    qint64 countOpen(const QDate &from, const QDate &to, const OwnerFilter &owner = {}) const;
    /// Every stored follow-up, whatever its status or contact.
    qint64 countAll() const;
    /// How many contacts' kept count of open follow-ups (contacts.open_follow_ups, which the
    /// dropped leads are read by) differs from their follow-ups: 0 unless an update was lost.
    qint64 countMiscountedContacts() const;

    /// Gives everything of one contact to another (merging duplicates).
    void reassign(qint64 fromContactId, qint64 toContactId);

private:
    bool write(const FollowUp &followUp, bool onlyIfOpen);
    QList<AgendaItem> agendaWhere(const QString &condition, QVariantList values, int limit,
                                  int offset, const OwnerFilter &owner = {}) const;

    const Database &m_db;
    // Prepared once per repository: bulk scheduling and loaders add many through one.
    std::optional<QSqlQuery> m_insert;
};

} // namespace kizuna
