#include "leadlistrepository.h"

#include "contactrows.h"
#include "database.h"
#include "sqlvalues.h"

#include <QVariant>

#include <algorithm>

namespace kizuna {

namespace {

const QString kNoOpenFollowUp = QStringLiteral(
    "NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.contact_id = c.id AND f.status = 'open')");
const QString kBounced = QStringLiteral(
    "EXISTS (SELECT 1 FROM activities a INDEXED BY activities_bounced WHERE a.contact_id = c.id "
    "AND a.outcome = 'bounced' AND a.occurred_at > coalesce(c.details_confirmed_at, ''))");

// Main-line order from the end: hot leads are the ones that must not be dropped.
const QList<Stage> kDroppedOrder{Stage::Hot, Stage::Warm, Stage::Customer, Stage::Loyal,
                                 Stage::Cold};

bool byScore(const Contact &a, const Contact &b)
{
    return a.score != b.score ? a.score > b.score : a.id < b.id;
}

} // namespace

LeadListRepository::LeadListRepository(const Database &db)
    : m_db(db)
{}

QList<Contact> LeadListRepository::contacts(const QString &from, const QString &where,
                                            const QString &orderBy, const QVariantList &values,
                                            int limit) const
{
    QSqlQuery q = m_db.prepare(contactrows::selectSql(from) +
                               QStringLiteral("WHERE %1 ORDER BY %2 LIMIT ?").arg(where, orderBy));
    contactrows::bindAll(q, values);
    q.addBindValue(limit);
    m_db.exec(q);
    QList<Contact> list;
    while (q.next())
        list.append(contactrows::contactFrom(q));
    return list;
}

QList<Contact> LeadListRepository::byStageAndScore(Stage stage, const QString &condition,
                                                   int limit) const
{
    // One stage at a time along contacts_by_stage_score, so a list reads about as many rows as
    // it shows, whatever the size of the file.
    return contacts(QStringLiteral("contacts c INDEXED BY contacts_by_stage_score"),
                    QStringLiteral("c.deleted_at IS NULL AND c.stage = ? AND ") + condition,
                    QStringLiteral("c.score DESC, c.id"), {stageKey(stage)}, limit);
}

QList<Contact> LeadListRepository::dropped(int limit) const
{
    QList<Contact> list;
    for (const Stage stage : kDroppedOrder) {
        if (list.size() >= limit)
            break;
        list.append(byStageAndScore(stage, kNoOpenFollowUp, limit - int(list.size())));
    }
    return list;
}

qint64 LeadListRepository::droppedCount() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM contacts c WHERE c.deleted_at IS NULL AND c.stage "
                       "<> 'lost' AND %1")
            .arg(kNoOpenFollowUp));
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Contact> LeadListRepository::review(const QDate &confirmedBefore, int limit) const
{
    // Bounced addresses are few and come first; then the stale details, oldest first, along
    // contacts_by_confirmed (NULL, never confirmed, sorts before any day).
    const QString active = QStringLiteral("c.deleted_at IS NULL AND c.stage <> 'lost' AND ");
    const QString order = QStringLiteral("c.details_confirmed_at, c.score DESC, c.id");
    // The uncorrelated IN leads the bounced query from the few bounces to their contacts.
    QList<Contact> list =
        contacts(QStringLiteral("contacts c"),
                 active +
                     QStringLiteral("c.id IN (SELECT contact_id FROM activities INDEXED BY "
                                    "activities_bounced WHERE outcome = 'bounced') AND ") +
                     kBounced,
                 order, {}, limit);
    if (list.size() < limit)
        list.append(contacts(QStringLiteral("contacts c INDEXED BY contacts_by_confirmed"),
                             active +
                                 QStringLiteral("(c.details_confirmed_at IS NULL OR "
                                                "c.details_confirmed_at < ?) AND NOT ") +
                                 kBounced,
                             order, {sql::fromDate(confirmedBefore)}, limit - int(list.size())));
    return list;
}

QList<Contact> LeadListRepository::salesReady(int limit) const
{
    QList<Contact> list = byStageAndScore(Stage::Hot, QStringLiteral("1"), limit);
    list.append(byStageAndScore(Stage::Warm, QStringLiteral("1"), limit));
    std::sort(list.begin(), list.end(), byScore);
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

} // namespace kizuna
