#include "followuprepository.h"

#include "contactrows.h"
#include "database.h"
#include "ownercondition.h"
#include "rowversion.h"
#include "sqldialect.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QVariant>

namespace kizuna {

namespace {

const QString kColumns = QStringLiteral(
    "f.id, f.contact_id, f.due_on, f.due_at, f.channel, f.purpose, f.status, f.assigned_to, "
    "f.cadence, f.completed_on, f.created_by, f.changed_by, f.row_version");
constexpr int kColumnCount = 13;

FollowUp followUpFrom(const QSqlQuery &q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.contactId = q.value(1).toLongLong();
    f.dueOn = sql::toDate(q.value(2));
    f.dueAt = sql::toTime(q.value(3));
    f.channel = channelFromKey(q.value(4).toString()).value_or(Channel::Other);
    f.purpose = q.value(5).toString();
    f.status = followUpStatusFromKey(q.value(6).toString()).value_or(FollowUpStatus::Open);
    f.assignedTo = q.value(7).toString();
    f.cadence = q.value(8).toBool();
    f.completedOn = sql::toDate(q.value(9));
    f.authorship = rowversion::from(q, 10);
    return f;
}

QList<FollowUp> followUpsFrom(QSqlQuery &q)
{
    QList<FollowUp> list;
    while (q.next())
        list.append(followUpFrom(q));
    return list;
}

enum class AssigneeDefault
{
    None,
    LeadOwner, ///< the statement takes the contact id after the assignee, for its owner
};

// The columns add() and update() both write, in the order both name them.
void bindFields(QSqlQuery &q, const FollowUp &f, AssigneeDefault assigneeDefault)
{
    q.addBindValue(sql::fromDate(f.dueOn));
    q.addBindValue(sql::fromTime(f.dueAt));
    q.addBindValue(channelKey(f.channel));
    q.addBindValue(sql::text(f.purpose.trimmed()));
    q.addBindValue(followUpStatusKey(f.status));
    q.addBindValue(sql::text(f.assignedTo.trimmed()));
    if (assigneeDefault == AssigneeDefault::LeadOwner)
        q.addBindValue(f.contactId);
    q.addBindValue(f.cadence ? 1 : 0);
    q.addBindValue(sql::fromDate(f.completedOn));
}

} // namespace

FollowUpRepository::FollowUpRepository(const Database &db)
    : m_db(db)
{}

qint64 FollowUpRepository::add(const FollowUp &f)
{
    if (!m_insert)
        m_insert = m_db.prepare(QStringLiteral(
            "INSERT INTO follow_ups (contact_id, due_on, due_at, channel, purpose, status, "
            "assigned_to, cadence, completed_on, created_at, updated_at, created_by, changed_by) "
            "VALUES (?, ?, ?, ?, ?, ?, coalesce(nullif(?, ''), "
            "(SELECT owner FROM contacts WHERE id = ?), ''), ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery &q = *m_insert;
    q.addBindValue(f.contactId);
    // Nobody named: it is for whoever looks after the lead.
    bindFields(q, f, AssigneeDefault::LeadOwner);
    const QString now = sql::now();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(m_db.userName());
    q.addBindValue(m_db.userName());
    m_db.exec(q);
    return sqldialect::insertedId(q);
}

void FollowUpRepository::update(const FollowUp &f)
{
    if (!write(f, false))
        rowversion::failSave(m_db, QStringLiteral("follow_ups"), f.id,
                             QCoreApplication::translate("FollowUps", "follow-up %1").arg(f.id));
}

bool FollowUpRepository::updateIfOpen(const FollowUp &f)
{
    return write(f, true);
}

// The version and the status are checked in the UPDATE itself: a check in an earlier SELECT
// would see the row as it was before another client's commit.
bool FollowUpRepository::write(const FollowUp &f, bool onlyIfOpen)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE follow_ups SET due_on = ?, due_at = ?, channel = ?, purpose = ?, status = ?, "
        "assigned_to = ?, cadence = ?, completed_on = ?, updated_at = ?, changed_by = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ? "
        "AND (? = 0 OR status = 'open')"));
    bindFields(q, f, AssigneeDefault::None);
    q.addBindValue(sql::now());
    q.addBindValue(m_db.userName());
    q.addBindValue(f.id);
    q.addBindValue(f.authorship.version);
    q.addBindValue(onlyIfOpen ? 1 : 0);
    m_db.exec(q);
    return q.numRowsAffected() > 0;
}

void FollowUpRepository::linkActivity(qint64 followUpId, qint64 activityId)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE follow_ups SET activity_id = ? WHERE id = ?"));
    q.addBindValue(activityId);
    q.addBindValue(followUpId);
    m_db.exec(q);
}

void FollowUpRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM follow_ups WHERE id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
}

std::optional<FollowUp> FollowUpRepository::find(qint64 id) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM follow_ups f WHERE f.id = ?").arg(kColumns));
    q.addBindValue(id);
    m_db.exec(q);
    return q.next() ? std::optional<FollowUp>(followUpFrom(q)) : std::nullopt;
}

QList<FollowUp> FollowUpRepository::forContact(qint64 contactId,
                                               std::optional<FollowUpStatus> status) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM follow_ups f WHERE f.contact_id = ? "
                                              "AND (CAST(? AS TEXT) IS NULL OR f.status = ?) "
                                              "ORDER BY f.due_on, f.due_at NULLS FIRST, f.id")
                                   .arg(kColumns));
    const QVariant key = status ? QVariant(followUpStatusKey(*status)) : QVariant();
    q.addBindValue(contactId);
    q.addBindValue(key);
    q.addBindValue(key);
    m_db.exec(q);
    return followUpsFrom(q);
}

QList<FollowUp> FollowUpRepository::list(std::optional<FollowUpStatus> status, int limit) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM follow_ups f JOIN contacts c ON c.id = f.contact_id "
                       "WHERE c.deleted_at IS NULL AND (CAST(? AS TEXT) IS NULL OR f.status = ?) "
                       "ORDER BY f.due_on, f.due_at NULLS FIRST, f.id LIMIT ?")
            .arg(kColumns));
    const QVariant key = status ? QVariant(followUpStatusKey(*status)) : QVariant();
    q.addBindValue(key);
    q.addBindValue(key);
    q.addBindValue(limit);
    m_db.exec(q);
    return followUpsFrom(q);
}

std::optional<FollowUp> FollowUpRepository::openCadence(qint64 contactId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM follow_ups f WHERE f.contact_id = ? AND f.status = 'open' "
                       "AND f.cadence = 1 ORDER BY f.due_on, f.id LIMIT 1")
            .arg(kColumns));
    q.addBindValue(contactId);
    m_db.exec(q);
    return q.next() ? std::optional<FollowUp>(followUpFrom(q)) : std::nullopt;
}

void FollowUpRepository::lockForCadence(qint64 contactId) const
{
    if (!m_db.isServer())
        return;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM contacts WHERE id = ? FOR UPDATE"));
    q.addBindValue(contactId);
    m_db.exec(q);
}

std::optional<FollowUp> FollowUpRepository::nextOpen(qint64 contactId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM follow_ups f WHERE f.contact_id = ? AND f.status = 'open' "
                       "ORDER BY f.due_on, f.due_at NULLS FIRST, f.id LIMIT 1")
            .arg(kColumns));
    q.addBindValue(contactId);
    m_db.exec(q);
    return q.next() ? std::optional<FollowUp>(followUpFrom(q)) : std::nullopt;
}

QList<AgendaItem> FollowUpRepository::agendaWhere(const QString &condition, QVariantList values,
                                                  int limit, int offset,
                                                  const OwnerFilter &owner) const
{
    const OwnerCondition assignee(owner, QStringLiteral("f.assigned_to"));
    values += assignee.values;
    // Driven by the partial index of open follow-ups in due order; the contact and its last
    // touch are looked up per row, so a page costs the same at any database size. Planned
    // alike for any day, it stays prepared: on a server a statement prepared for one run is
    // three round trips (prepare, execute, release).
    QSqlQuery &q = m_db.statement(
        QStringLiteral(
            "SELECT %1, c.family_name, c.given_name, c.family_kana, c.given_kana, co.name, "
            "c.title, c.phone_work, c.phone_direct, c.phone_mobile, c.email, c.stage, c.score, "
            "(SELECT a.occurred_at || %3 || a.summary FROM activities a "
            " WHERE a.contact_id = f.contact_id ORDER BY a.occurred_at DESC LIMIT 1) "
            "FROM %4 "
            "JOIN contacts c ON c.id = f.contact_id "
            "LEFT JOIN companies co ON co.id = c.company_id "
            "WHERE f.status = 'open' AND c.deleted_at IS NULL AND %2 "
            "ORDER BY f.due_on, f.id LIMIT ? OFFSET ?")
            .arg(kColumns, condition + assignee.andClause(), sqldialect::unitSeparator(m_db),
                 sqldialect::indexed(m_db, QStringLiteral("follow_ups f"),
                                     QStringLiteral("follow_ups_open_by_due"))));
    contactrows::bindAll(q, values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    m_db.exec(q);
    QList<AgendaItem> items;
    while (q.next()) {
        AgendaItem item;
        item.followUp = followUpFrom(q);
        int i = kColumnCount;
        item.familyName = q.value(i++).toString();
        item.givenName = q.value(i++).toString();
        item.familyKana = q.value(i++).toString();
        item.givenKana = q.value(i++).toString();
        item.company = q.value(i++).toString();
        item.title = q.value(i++).toString();
        item.phoneWork = q.value(i++).toString();
        item.phoneDirect = q.value(i++).toString();
        item.phoneMobile = q.value(i++).toString();
        item.email = q.value(i++).toString();
        item.stage = stageFromKey(q.value(i++).toString()).value_or(Stage::Cold);
        item.score = q.value(i++).toInt();
        const QString lastTouch = q.value(i++).toString();
        if (!lastTouch.isEmpty()) {
            const qsizetype cut = lastTouch.indexOf(QChar(31));
            item.lastTouchAt = sql::toLocalDateTime(lastTouch.left(cut));
            item.lastTouchSummary = lastTouch.mid(cut + 1);
        }
        items.append(item);
    }
    q.finish();
    // Within a day, a follow-up with a time comes in time order before the whole-day ones.
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem &a, const AgendaItem &b) {
        if (a.followUp.dueOn != b.followUp.dueOn)
            return a.followUp.dueOn < b.followUp.dueOn;
        const bool aTimed = a.followUp.dueAt.isValid();
        const bool bTimed = b.followUp.dueAt.isValid();
        if (aTimed != bTimed)
            return aTimed;
        return aTimed && a.followUp.dueAt < b.followUp.dueAt;
    });
    return items;
}

QList<AgendaItem> FollowUpRepository::agenda(const QDate &from, const QDate &to, int limit,
                                             int offset, const OwnerFilter &owner) const
{
    return agendaWhere(QStringLiteral("f.due_on BETWEEN ? AND ?"),
                       {sql::fromDate(from), sql::fromDate(to)}, limit, offset, owner);
}

QList<AgendaItem> FollowUpRepository::agenda(const QList<qint64> &contactIds, const QDate &from,
                                             const QDate &to, int limit) const
{
    // Still along the due index: a period's follow-ups are few, a selection may be many.
    return agendaWhere(
        QStringLiteral("f.due_on BETWEEN ? AND ? AND f.contact_id IN ") + sqldialect::idsIn(m_db),
        {sql::fromDate(from), sql::fromDate(to), sql::idArray(contactIds)}, limit, 0);
}

QList<AgendaItem> FollowUpRepository::overdue(const QDate &day, int limit, int offset,
                                              const OwnerFilter &owner) const
{
    return agendaWhere(QStringLiteral("f.due_on < ?"), {sql::fromDate(day)}, limit, offset, owner);
}

qint64 FollowUpRepository::countOpen(const QDate &from, const QDate &to,
                                     const OwnerFilter &owner) const
{
    // All open follow-ups in the range, counted on the partial index alone, less those of
    // contacts in the trash (found through their own small index): a join to every contact
    // would cost a lookup per follow-up, and an overdue list can hold hundreds of thousands.
    // One assignee's are counted along their own index, which leads with the assignee.
    // Kept prepared, as the agenda is.
    const OwnerCondition assignee(owner, QStringLiteral("f.assigned_to"));
    QSqlQuery &q = m_db.statement(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM %1 "
            "        WHERE f.status = 'open' AND f.due_on BETWEEN coalesce(CAST(? AS TEXT), '') "
            "        AND coalesce(CAST(? AS TEXT), '9')%3) "
            "     - (SELECT count(*) FROM %2 "
            "        JOIN follow_ups f ON f.contact_id = c.id "
            "        WHERE c.deleted_at IS NOT NULL AND f.status = 'open' AND "
            "        f.due_on BETWEEN coalesce(CAST(? AS TEXT), '') AND "
            "        coalesce(CAST(? AS TEXT), '9')%3)")
            .arg(sqldialect::indexed(m_db, QStringLiteral("follow_ups f"),
                                     assignee.isEmpty()
                                         ? QStringLiteral("follow_ups_open_by_due")
                                         : QStringLiteral("follow_ups_open_by_assignee")),
                 sqldialect::indexed(m_db, QStringLiteral("contacts c"),
                                     QStringLiteral("contacts_in_trash")),
                 assignee.andClause()));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(sql::fromDate(from));
        q.addBindValue(sql::fromDate(to));
        contactrows::bindAll(q, assignee.values);
    }
    m_db.exec(q);
    const qint64 count = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return count;
}

qint64 FollowUpRepository::countAll() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM follow_ups")).toLongLong();
}

qint64 FollowUpRepository::countMiscountedContacts() const
{
    return m_db
        .scalar(QStringLiteral(
            "SELECT count(*) FROM contacts c WHERE c.open_follow_ups <> (SELECT count(*) "
            "FROM follow_ups f WHERE f.contact_id = c.id AND f.status = 'open')"))
        .toLongLong();
}

void FollowUpRepository::reassign(qint64 fromContactId, qint64 toContactId)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE follow_ups SET contact_id = ? WHERE contact_id = ?"));
    q.addBindValue(toContactId);
    q.addBindValue(fromContactId);
    m_db.exec(q);
}

} // namespace kizuna
