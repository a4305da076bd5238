#include "activityrepository.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlvalues.h"

#include <QVariant>

namespace kizuna {

namespace {

const QString kSelect =
    QStringLiteral("SELECT a.id, a.contact_id, a.occurred_at, a.channel, a.direction, a.summary, "
                   "a.outcome FROM activities a ");

Activity activityFrom(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.contactId = q.value(1).toLongLong();
    a.occurredAt = sql::toLocalDateTime(q.value(2));
    a.channel = channelFromKey(q.value(3).toString()).value_or(Channel::Other);
    a.direction = directionFromKey(q.value(4).toString()).value_or(Direction::Outbound);
    a.summary = q.value(5).toString();
    a.outcome = outcomeFromKey(q.value(6).toString()).value_or(Outcome::None);
    return a;
}

QList<Activity> activitiesFrom(QSqlQuery &q)
{
    QList<Activity> list;
    while (q.next())
        list.append(activityFrom(q));
    return list;
}

} // namespace

ActivityRepository::ActivityRepository(const Database &db)
    : m_db(db)
{}

qint64 ActivityRepository::add(const Activity &a)
{
    if (!m_insert)
        m_insert = m_db.prepare(QStringLiteral(
            "INSERT INTO activities (contact_id, occurred_at, channel, direction, "
            "summary, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery &q = *m_insert;
    q.addBindValue(a.contactId);
    q.addBindValue(sql::fromLocalDateTime(a.occurredAt));
    q.addBindValue(channelKey(a.channel));
    q.addBindValue(directionKey(a.direction));
    q.addBindValue(sql::text(a.summary.trimmed()));
    q.addBindValue(outcomeKey(a.outcome));
    q.addBindValue(sql::now());
    m_db.exec(q);
    return sqldialect::insertedId(q);
}

QList<Activity> ActivityRepository::forContact(qint64 contactId) const
{
    QSqlQuery q = m_db.prepare(kSelect + QStringLiteral("WHERE a.contact_id = ? "
                                                        "ORDER BY a.occurred_at DESC, a.id DESC"));
    q.addBindValue(contactId);
    m_db.exec(q);
    return activitiesFrom(q);
}

QList<Activity> ActivityRepository::list(int limit) const
{
    QSqlQuery q = m_db.prepare(
        kSelect + QStringLiteral("JOIN contacts c ON c.id = a.contact_id WHERE c.deleted_at IS "
                                 "NULL ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?"));
    q.addBindValue(limit);
    m_db.exec(q);
    return activitiesFrom(q);
}

std::optional<Activity> ActivityRepository::last(qint64 contactId) const
{
    QSqlQuery q = m_db.prepare(kSelect + QStringLiteral("WHERE a.contact_id = ? "
                                                        "ORDER BY a.occurred_at DESC, a.id DESC "
                                                        "LIMIT 1"));
    q.addBindValue(contactId);
    m_db.exec(q);
    return q.next() ? std::optional<Activity>(activityFrom(q)) : std::nullopt;
}

qint64 ActivityRepository::countAll() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM activities")).toLongLong();
}

void ActivityRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM activities WHERE id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
}

void ActivityRepository::reassign(qint64 fromContactId, qint64 toContactId)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE activities SET contact_id = ? WHERE contact_id = ?"));
    q.addBindValue(toContactId);
    q.addBindValue(fromContactId);
    m_db.exec(q);
}

} // namespace kizuna
