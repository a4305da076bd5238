#include "leadlistrepository.h"

#include "contactrows.h"
#include "database.h"
#include "sqldialect.h"
#include "sqlvalues.h"

#include <QVariant>

#include <algorithm>
#include <limits>

namespace kizuna {

namespace {

// Main-line order from the end: hot leads are the ones that must not be dropped.
const QList<Stage> kDroppedOrder{Stage::Hot, Stage::Warm, Stage::Customer, Stage::Loyal,
                                 Stage::Cold};

bool byScore(const Contact &a, const Contact &b)
{
    return a.score != b.score ? a.score > b.score : a.id < b.id;
}

} // namespace

LeadListRepository::LeadListRepository(const Database &db, const OwnerFilter &owner)
    : m_db(db)
    , m_owner(owner, QStringLiteral("c.owner"))
{}

QList<Contact> LeadListRepository::contacts(const Segment &segment, int limit, int offset) const
{
    // A segment is planned alike for any stage or day (along its index, in its order), so it
    // stays prepared: on a server a statement prepared for one run is three round trips.
    QSqlQuery &q = m_db.statement(contactrows::selectSql(m_db, segment.from) +
                                  QStringLiteral("WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                                      .arg(segment.where + m_owner.andClause(), segment.orderBy));
    contactrows::bindAll(q, segment.values);
    contactrows::bindAll(q, m_owner.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    m_db.exec(q);
    QList<Contact> list;
    while (q.next())
        list.append(contactrows::contactFrom(q));
    q.finish();
    return list;
}

qint64 LeadListRepository::countUpTo(const Segment &segment, qint64 cap) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT ?) AS counted")
            .arg(segment.from, segment.where + m_owner.andClause()));
    contactrows::bindAll(q, segment.values);
    contactrows::bindAll(q, m_owner.values);
    q.addBindValue(cap);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Contact> LeadListRepository::page(const QList<Segment> &segments, int limit, int offset) const
{
    // An offset that reaches past a segment is reduced by that segment's size, counted no
    // further than the offset: a later page costs what OFFSET costs, never a full count.
    QList<Contact> list;
    for (const Segment &segment : segments) {
        if (list.size() >= limit)
            break;
        if (offset > 0) {
            const qint64 skipped = countUpTo(segment, offset);
            if (skipped < offset) {
                offset -= int(skipped);
                continue;
            }
        }
        list.append(contacts(segment, limit - int(list.size()), offset));
        offset = 0;
    }
    return list;
}

LeadListRepository::Segment LeadListRepository::byStageAndScore(Stage stage, const QString &index,
                                                                const QString &condition) const
{
    // One stage at a time along an index in (stage, score DESC, id) order, so a list reads
    // about as many rows as it shows, whatever the size of the file.
    return {sqldialect::indexed(m_db, QStringLiteral("contacts c"), index),
            QStringLiteral("c.deleted_at IS NULL AND c.stage = ?") + condition,
            QStringLiteral("c.score DESC, c.id"),
            {stageKey(stage)}};
}

QList<Contact> LeadListRepository::dropped(int limit, int offset) const
{
    // The count of open follow-ups each contact keeps (schema version 11) makes a stage's
    // dropped leads one range of contacts_dropped: a page reads the rows it shows, where a
    // look at each lead's follow-ups read a hot stage's busy leads too.
    QList<Segment> segments;
    for (const Stage stage : kDroppedOrder)
        segments.append(byStageAndScore(stage, QStringLiteral("contacts_dropped"),
                                        QStringLiteral(" AND c.open_follow_ups = 0")));
    return page(segments, limit, offset);
}

qint64 LeadListRepository::droppedCount() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM contacts c WHERE c.deleted_at IS NULL AND c.stage "
                       "<> 'lost' AND c.open_follow_ups = 0") +
        m_owner.andClause());
    contactrows::bindAll(q, m_owner.values);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString LeadListRepository::bounced() const
{
    return QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE a.contact_id = c.id AND a.outcome = "
                          "'bounced' AND a.occurred_at > coalesce(c.details_confirmed_at, ''))")
        .arg(sqldialect::indexed(m_db, QStringLiteral("activities a"),
                                 QStringLiteral("activities_bounced")));
}

QList<LeadListRepository::Segment>
LeadListRepository::reviewSegments(const QDate &confirmedBefore) const
{
    // Bounced addresses are few and come first; then the stale details, oldest first, along
    // contacts_by_confirmed (NULL, never confirmed, sorts before any day; the server's index
    // is built NULLS FIRST to match).
    const QString active = QStringLiteral("c.deleted_at IS NULL AND c.stage <> 'lost' AND ");
    const QString order = QStringLiteral("c.details_confirmed_at NULLS FIRST, c.score DESC, c.id");
    // The uncorrelated IN leads the bounced query from the few bounces to their contacts.
    return {{QStringLiteral("contacts c"),
             active +
                 QStringLiteral("c.id IN (SELECT contact_id FROM %1 WHERE outcome = 'bounced') "
                                "AND ")
                     .arg(sqldialect::indexed(m_db, QStringLiteral("activities"),
                                              QStringLiteral("activities_bounced"))) +
                 bounced(),
             order,
             {}},
            {sqldialect::indexed(m_db, QStringLiteral("contacts c"),
                                 QStringLiteral("contacts_by_confirmed")),
             active +
                 QStringLiteral("(c.details_confirmed_at IS NULL OR "
                                "c.details_confirmed_at < ?) AND NOT ") +
                 bounced(),
             order,
             {sql::fromDate(confirmedBefore)}}};
}

QList<Contact> LeadListRepository::review(const QDate &confirmedBefore, int limit, int offset) const
{
    return page(reviewSegments(confirmedBefore), limit, offset);
}

qint64 LeadListRepository::reviewCount(const QDate &confirmedBefore) const
{
    qint64 count = 0;
    for (const Segment &segment : reviewSegments(confirmedBefore))
        count += countUpTo(segment, std::numeric_limits<qint64>::max());
    return count;
}

QList<Contact> LeadListRepository::salesReady(int limit) const
{
    const QString index = QStringLiteral("contacts_by_stage_score");
    QList<Contact> list = contacts(byStageAndScore(Stage::Hot, index), limit);
    list.append(contacts(byStageAndScore(Stage::Warm, index), limit));
    std::sort(list.begin(), list.end(), byScore);
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

} // namespace kizuna
