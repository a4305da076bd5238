#include "followupservice.h"

#include "activityservice.h"
#include "cadencekeeper.h"
#include "nurturesettings.h"
#include "scorekeeper.h"
#include "storage/activityrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/followuprepository.h"
#include "storage/leadlistrepository.h"
#include "storage/settingsrepository.h"
#include "storage/stagehistoryrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FollowUps", text);
}

CadenceKeeper cadenceFor(const Database &db, const QDate &today)
{
    return CadenceKeeper(db, NurtureSettings::load(SettingsRepository(db)), today);
}

void validate(const FollowUp &f)
{
    if (!f.dueOn.isValid())
        throw ValidationError(QStringLiteral("due"), tr("a follow-up needs a day"));
}

} // namespace

FollowUpService::FollowUpService(Database &db, const QDate &today)
    : m_db(db)
    , m_today(today)
{}

FollowUp FollowUpService::get(qint64 id) const
{
    const auto found = FollowUpRepository(m_db).find(id);
    if (!found)
        throw StorageError(StorageError::Kind::NotFound, m_db.path(),
                           tr("no follow-up with id %1").arg(id));
    return *found;
}

FollowUp FollowUpService::requireOpen(qint64 id) const
{
    const FollowUp f = get(id);
    if (f.status != FollowUpStatus::Open)
        throw ValidationError(
            QStringLiteral("status"),
            tr("follow-up %1 is already %2").arg(id).arg(followUpStatusKey(f.status)));
    return f;
}

void FollowUpService::updateOpen(const FollowUp &f) const
{
    if (FollowUpRepository(m_db).updateIfOpen(f))
        return;
    // Another client closed or deleted it after it was read here: say which, as when it
    // was read closed.
    requireOpen(f.id);
    throw StorageError(StorageError::Kind::Conflict, m_db.path(),
                       tr("follow-up %1 changed while it was being saved; try again").arg(f.id));
}

qint64 FollowUpService::add(const FollowUp &followUp)
{
    validate(followUp);
    Transaction transaction(m_db);
    StageHistoryRepository(m_db).current(followUp.contactId); // throws for an unknown contact
    FollowUp f = followUp;
    f.status = FollowUpStatus::Open;
    f.completedOn = {};
    const qint64 id = FollowUpRepository(m_db).add(f);
    transaction.commit();
    return id;
}

FollowUpService::Completion FollowUpService::close(qint64 id, FollowUpStatus status,
                                                   const QString &summary, Outcome outcome,
                                                   const Next &next, std::optional<Channel> channel)
{
    if (next.mode == Next::Mode::On && !next.on.isValid())
        throw ValidationError(QStringLiteral("next"), tr("the next follow-up needs a day"));
    Transaction transaction(m_db);
    // Read inside the write transaction: a follow-up another window or program closed a
    // moment ago is refused, not done twice with two touches and two next dates. A server's
    // read takes no lock, so updateOpen() checks again as it writes.
    FollowUp f = requireOpen(id);
    FollowUpRepository followUps(m_db);
    Completion result;
    result.followUpId = id;
    // Closed before the touch is logged, so the touch does not move it as an open cadence
    // follow-up.
    f.status = status;
    f.completedOn = m_today;
    updateOpen(f);
    if (status == FollowUpStatus::Done) {
        Activity touch;
        touch.contactId = f.contactId;
        touch.channel = channel.value_or(f.channel);
        touch.direction = Direction::Outbound;
        touch.summary = summary.trimmed().isEmpty() ? f.purpose : summary;
        touch.outcome = outcome;
        const auto cadence = followUps.openCadence(f.contactId);
        result.activityId = ActivityService::logWithin(m_db, touch, m_today);
        followUps.linkActivity(f.id, result.activityId);
        if (cadence && followUps.find(cadence->id)->dueOn != cadence->dueOn) {
            result.movedId = cadence->id;
            result.movedFrom = cadence->dueOn;
        }
    }
    if (next.mode == Next::Mode::On) {
        FollowUp following = f;
        following.id = 0;
        following.dueOn = next.on;
        following.dueAt = {};
        following.status = FollowUpStatus::Open;
        following.completedOn = {};
        following.cadence = false; // a day the user picked is not moved by later touches
        result.nextId = followUps.add(following);
        result.nextMade = true;
    } else if (next.mode == Next::Mode::Cadence) {
        const Stage stage = StageHistoryRepository(m_db).current(f.contactId);
        const auto open = followUps.openCadence(f.contactId);
        result.nextId = cadenceFor(m_db, m_today).ensure(f.contactId, stage, m_today);
        result.nextMade = result.nextId != 0 && (!open || open->id != result.nextId);
    }
    if (result.nextId)
        result.nextDue = followUps.find(result.nextId)->dueOn;
    transaction.commit();
    return result;
}

FollowUpService::Completion FollowUpService::complete(qint64 id, const QString &summary,
                                                      Outcome outcome, const Next &next,
                                                      std::optional<Channel> channel)
{
    return close(id, FollowUpStatus::Done, summary, outcome, next, channel);
}

void FollowUpService::undoCompletion(const Completion &done)
{
    Transaction transaction(m_db);
    FollowUpRepository followUps(m_db);
    FollowUp f = get(done.followUpId);
    if (f.status == FollowUpStatus::Open)
        throw StorageError(StorageError::Kind::Conflict, m_db.path(),
                           tr("follow-up %1 is open already").arg(f.id));
    const auto next = done.nextMade ? followUps.find(done.nextId) : std::nullopt;
    if (next && next->status != FollowUpStatus::Open)
        throw StorageError(StorageError::Kind::Conflict, m_db.path(),
                           tr("the follow-up it scheduled was %1 since; nothing was taken back")
                               .arg(followUpStatusKey(next->status)));
    if (next)
        followUps.remove(next->id);
    // The link from the follow-up goes with the touch (ON DELETE SET NULL).
    if (done.activityId)
        ActivityRepository(m_db).remove(done.activityId);
    if (done.movedId) {
        auto moved = followUps.find(done.movedId);
        if (moved && moved->status == FollowUpStatus::Open) {
            moved->dueOn = done.movedFrom;
            followUps.updateIfOpen(*moved);
        }
    }
    f.status = FollowUpStatus::Open;
    f.completedOn = {};
    followUps.update(f);
    ScoreKeeper(m_db).recompute(f.contactId, m_today);
    transaction.commit();
}

QDate FollowUpService::proposedNext(qint64 contactId) const
{
    const Stage stage = StageHistoryRepository(m_db).current(contactId);
    return cadenceFor(m_db, m_today).dueAfter(stage, m_today);
}

FollowUpService::Completion FollowUpService::skip(qint64 id, const Next &next)
{
    return close(id, FollowUpStatus::Skipped, QString(), Outcome::None, next, std::nullopt);
}

QDate FollowUpService::snooze(qint64 id, int days)
{
    if (days < 1)
        throw ValidationError(QStringLiteral("days"), tr("snooze by one day or more"));
    Transaction transaction(m_db);
    FollowUp f = requireOpen(id);
    const QDate from = f.dueOn < m_today ? m_today : f.dueOn;
    f.dueOn = cadenceFor(m_db, m_today).calendar().onOrAfter(from.addDays(days));
    updateOpen(f);
    transaction.commit();
    return f.dueOn;
}

void FollowUpService::reschedule(qint64 id, const QDate &day, const QTime &time)
{
    if (!day.isValid())
        throw ValidationError(QStringLiteral("due"), tr("a follow-up needs a day"));
    Transaction transaction(m_db);
    FollowUp f = requireOpen(id);
    f.dueOn = day;
    f.dueAt = time;
    f.cadence = false; // the user's day, not the cadence's
    updateOpen(f);
    transaction.commit();
}

int FollowUpService::addForAll(const ContactListQuery &query, const FollowUp &pattern)
{
    validate(pattern);
    Transaction transaction(m_db);
    ContactRepository contacts(m_db);
    FollowUpRepository followUps(m_db);
    ContactListQuery page = query;
    page.limit = 1000;
    page.after.reset();
    int made = 0;
    for (;;) {
        const ContactPage result = contacts.page(page);
        for (const Contact &c : result.contacts) {
            FollowUp f = pattern;
            f.contactId = c.id;
            f.status = FollowUpStatus::Open;
            followUps.add(f);
            ++made;
        }
        if (!result.next)
            break;
        page.after = result.next;
    }
    transaction.commit();
    return made;
}

QList<qint64> FollowUpService::addForContacts(const QList<qint64> &contactIds,
                                              const FollowUp &pattern)
{
    validate(pattern);
    Transaction transaction(m_db);
    StageHistoryRepository stages(m_db);
    FollowUpRepository followUps(m_db);
    QList<qint64> ids;
    for (qint64 contactId : contactIds) {
        stages.current(contactId); // throws for an unknown contact
        FollowUp f = pattern;
        f.contactId = contactId;
        f.status = FollowUpStatus::Open;
        f.completedOn = {};
        ids.append(followUps.add(f));
    }
    transaction.commit();
    return ids;
}

void FollowUpService::removeOpen(const QList<qint64> &followUpIds)
{
    Transaction transaction(m_db);
    FollowUpRepository followUps(m_db);
    for (qint64 id : followUpIds) {
        const auto found = followUps.find(id);
        if (!found || found->status != FollowUpStatus::Open)
            throw StorageError(StorageError::Kind::Conflict, m_db.path(),
                               tr("follow-up %1 was done, skipped or deleted since; it was "
                                  "left as it is")
                                   .arg(id));
        followUps.remove(id);
    }
    transaction.commit();
}

int FollowUpService::planDropped()
{
    Transaction transaction(m_db);
    CadenceKeeper cadence = cadenceFor(m_db, m_today);
    LeadListRepository leads(m_db);
    ActivityRepository activities(m_db);
    int made = 0;
    // Each round takes the first page of what is still dropped; planned leads leave it.
    for (;;) {
        const QList<Contact> dropped = leads.dropped(1000);
        int madeThisRound = 0;
        for (const Contact &c : dropped) {
            const auto last = activities.last(c.id);
            if (cadence.ensure(c.id, c.stage, last ? last->occurredAt.date() : m_today))
                ++madeThisRound;
        }
        made += madeThisRound;
        if (dropped.size() < 1000 || madeThisRound == 0)
            break;
    }
    transaction.commit();
    return made;
}

QList<FollowUp> FollowUpService::list(qint64 contactId, std::optional<FollowUpStatus> status,
                                      int limit) const
{
    FollowUpRepository followUps(m_db);
    if (contactId == 0)
        return followUps.list(status, limit);
    QList<FollowUp> list = followUps.forContact(contactId, status);
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

} // namespace kizuna
