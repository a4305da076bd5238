#pragma once

#include "domain/activity.h"
#include "domain/followup.h"
#include "storage/contactlistquery.h"

#include <QDate>
#include <QList>

#include <optional>

namespace kizuna {

class Database;

/// Follow-ups: scheduling, doing, moving and skipping them, one at a time or for a filtered
/// set of contacts. Each call is one transaction.
class FollowUpService final
{
public:
    FollowUpService(Database &db, const QDate &today);

    /// What comes after a follow-up is done or skipped.
    struct Next
    {
        enum class Mode
        {
            Cadence, ///< the next one on the stage's cadence, counted from today
            On,      ///< on the day the user picked
            None,    ///< no further follow-up
        };
        Mode mode = Mode::Cadence;
        QDate on;
    };

    /// What doing or skipping a follow-up wrote: enough to take it back.
    struct Completion
    {
        qint64 followUpId = 0; ///< the follow-up done or skipped
        qint64 activityId = 0; ///< the touch logged (0 when skipped)
        qint64 nextId = 0;     ///< the follow-up scheduled next, 0 for none
        QDate nextDue;         ///< its day
        /// nextId was made by the completion, not an open cadence follow-up already there.
        bool nextMade = false;
        /// The open cadence follow-up the touch moved (0 for none) and the day it had.
        qint64 movedId = 0;
        QDate movedFrom;
    };

    /// Schedules a follow-up; returns its id. Throws ValidationError for a missing day and
    /// StorageError(NotFound) for an unknown contact.
    qint64 add(const FollowUp &followUp);
    /// Done: logs the touch (on the follow-up's channel unless `channel` says how it really
    /// happened) and schedules what comes next.
    Completion complete(qint64 id, const QString &summary, Outcome outcome, const Next &next,
                        std::optional<Channel> channel = std::nullopt);
    /// Takes a completion or skip back, in one transaction: the touch it logged and the
    /// follow-up it scheduled are deleted, a cadence follow-up the touch moved gets its day
    /// back, and the follow-up is open again. Throws StorageError(Conflict), changing
    /// nothing, when the follow-up is open already or the one it scheduled was done or
    /// skipped since (that later work is not thrown away).
    void undoCompletion(const Completion &completion);
    /// The day the stage's cadence would set for the contact's next follow-up if one were
    /// done today (what Next::Mode::Cadence schedules); null when the stage has none.
    QDate proposedNext(qint64 contactId) const;
    /// Skipped: no touch is logged; what comes next is scheduled as for complete().
    Completion skip(qint64 id, const Next &next);
    /// Moves an open follow-up by `days` (then onto a working day); returns the new day.
    QDate snooze(qint64 id, int days);
    /// Moves an open follow-up to the day (and time) the user picked, exactly.
    void reschedule(qint64 id, const QDate &day, const QTime &time = {});

    /// One follow-up for every contact the query matches (all pages): "call everyone we met
    /// at the trade show in two weeks". Returns how many were made.
    int addForAll(const ContactListQuery &query, const FollowUp &pattern);
    /// One follow-up like `pattern` for each listed contact (the list's selection), in one
    /// transaction; returns their ids in the contacts' order. All or none: an unknown
    /// contact throws StorageError(NotFound) and nothing is scheduled.
    QList<qint64> addForContacts(const QList<qint64> &contactIds, const FollowUp &pattern);
    /// Deletes follow-ups that addForContacts() made (its undo), in one transaction. All or
    /// none: when any of them is gone or no longer open (done or skipped since), throws
    /// StorageError(Conflict) and deletes nothing, so later work is not thrown away.
    void removeOpen(const QList<qint64> &followUpIds);
    /// A cadence follow-up for every dropped lead (active stage, nothing open), counted from
    /// the last touch or, for those never touched, from today. Returns how many were made.
    int planDropped();

    FollowUp get(qint64 id) const;
    QList<FollowUp> list(qint64 contactId, std::optional<FollowUpStatus> status,
                         int limit = 1000) const;

private:
    FollowUp requireOpen(qint64 id) const;
    /// Writes a follow-up read open in this transaction; refuses, as requireOpen() does, one
    /// that another client has closed since.
    void updateOpen(const FollowUp &f) const;
    Completion close(qint64 id, FollowUpStatus status, const QString &summary, Outcome outcome,
                     const Next &next, std::optional<Channel> channel);

    Database &m_db;
    QDate m_today;
};

} // namespace kizuna
