#include "scoreinputrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QByteArray>
#include <QVariant>

#include <algorithm>

namespace kizuna {

namespace {

// The touch counts per contact. Bounces are compared with the day the details were
// confirmed, so a corrected address stops counting as bounced.
const QString kTouchColumns =
    QStringLiteral("count(*) FILTER (WHERE a.direction = 'inbound' AND a.occurred_at >= :d30), "
                   "count(*) FILTER (WHERE a.direction = 'inbound' AND a.occurred_at >= :d90 "
                   "AND a.occurred_at < :d30), "
                   "count(*) FILTER (WHERE a.direction = 'inbound' AND a.occurred_at >= :d365 "
                   "AND a.occurred_at < :d90), "
                   "count(*) FILTER (WHERE a.occurred_at >= :d365), "
                   "max(CASE WHEN a.outcome = 'bounced' THEN a.occurred_at END)");

const QString kContactColumns =
    QStringLiteral("c.id, c.title, c.company_id IS NOT NULL, c.email <> '', "
                   "(c.phone_work <> '' OR c.phone_direct <> '' OR c.phone_mobile <> ''), c.stage, "
                   "coalesce(c.details_confirmed_at, ''), c.score");

void bindAges(QSqlQuery &q, const QDate &today)
{
    q.bindValue(QStringLiteral(":d30"), sql::fromDate(today.addDays(-30)));
    q.bindValue(QStringLiteral(":d90"), sql::fromDate(today.addDays(-90)));
    q.bindValue(QStringLiteral(":d365"), sql::fromDate(today.addDays(-365)));
}

ScoreInputs contactPart(const QSqlQuery &q)
{
    ScoreInputs in;
    in.title = q.value(1).toString();
    in.hasCompany = q.value(2).toBool();
    in.hasEmail = q.value(3).toBool();
    in.hasPhone = q.value(4).toBool();
    in.stage = stageFromKey(q.value(5).toString()).value_or(Stage::Cold);
    return in;
}

// Reads columns [first, first + 5) of a touch aggregate into the inputs.
void addTouches(ScoreInputs &in, const QSqlQuery &q, int first, const QString &confirmedOn)
{
    in.inboundLast30Days = q.value(first).toInt();
    in.inbound31To90Days = q.value(first + 1).toInt();
    in.inbound91To365Days = q.value(first + 2).toInt();
    in.touchesLast365Days = q.value(first + 3).toInt();
    const QString lastBounce = q.value(first + 4).toString();
    in.emailBounced = !lastBounce.isEmpty() && lastBounce > confirmedOn;
}

} // namespace

ScoreInputRepository::ScoreInputRepository(const Database &db)
    : m_db(db)
{}

std::optional<ScoreInputs> ScoreInputRepository::inputsFor(qint64 contactId,
                                                           const QDate &today) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1, %2 FROM contacts c LEFT JOIN "
                                              "activities a ON a.contact_id = c.id "
                                              "WHERE c.id = :id GROUP BY c.id")
                                   .arg(kContactColumns, kTouchColumns));
    q.bindValue(QStringLiteral(":id"), contactId);
    bindAges(q, today);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    ScoreInputs in = contactPart(q);
    addTouches(in, q, 8, q.value(6).toString());
    return in;
}

void ScoreInputRepository::forEach(
    const QDate &today, const std::function<void(qint64, const ScoreInputs &, int)> &visit) const
{
    if (m_db.isServer()) {
        forEachOnServer(today, visit);
        return;
    }
    // Two cursors in id order, merged here: one over contacts, one over the touches grouped
    // by contact. A join would look the touches up once per contact instead.
    QSqlQuery contacts = m_db.prepare(
        QStringLiteral("SELECT %1 FROM contacts c ORDER BY c.id").arg(kContactColumns));
    contacts.setForwardOnly(true);
    m_db.exec(contacts);
    QSqlQuery touches = m_db.prepare(QStringLiteral("SELECT a.contact_id, %1 FROM activities a "
                                                    "GROUP BY a.contact_id ORDER BY a.contact_id")
                                         .arg(kTouchColumns));
    touches.setForwardOnly(true);
    bindAges(touches, today);
    m_db.exec(touches);
    bool moreTouches = touches.next();
    while (contacts.next()) {
        const qint64 id = contacts.value(0).toLongLong();
        ScoreInputs in = contactPart(contacts);
        while (moreTouches && touches.value(0).toLongLong() < id)
            moreTouches = touches.next();
        if (moreTouches && touches.value(0).toLongLong() == id)
            addTouches(in, touches, 1, contacts.value(6).toString());
        visit(id, in, contacts.value(7).toInt());
    }
}

void ScoreInputRepository::forEachOnServer(
    const QDate &today, const std::function<void(qint64, const ScoreInputs &, int)> &visit) const
{
    // One cursor: QPSQL streams only one result at a time per connection (a second forward-only
    // query discards the first), and the server's planner joins the grouped touches in one
    // pass by hash or merge rather than once per contact.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1, t.* FROM contacts c LEFT JOIN (SELECT a.contact_id, %2 FROM "
                       "activities a GROUP BY a.contact_id) AS t ON t.contact_id = c.id "
                       "ORDER BY c.id")
            .arg(kContactColumns, kTouchColumns));
    q.setForwardOnly(true);
    bindAges(q, today);
    m_db.exec(q);
    constexpr int kTouches = 8; // the contact columns, then the touches' contact_id
    while (q.next()) {
        ScoreInputs in = contactPart(q);
        if (!q.value(kTouches).isNull())
            addTouches(in, q, kTouches + 1, q.value(6).toString());
        visit(q.value(0).toLongLong(), in, q.value(7).toInt());
    }
}

void ScoreInputRepository::setScores(const std::vector<std::pair<qint64, int>> &scores)
{
    // One statement per chunk, the pairs bound as one JSON object {"id": score}: SQLite's own
    // row updates are cheap, but a statement run per contact through Qt SQL cost four times
    // as much as the update itself when a million scores change at once.
    constexpr std::size_t kChunk = 20000;
    QSqlQuery &q = m_db.statement(
        m_db.isServer() ? QStringLiteral("UPDATE contacts SET score = CAST(j.value AS BIGINT) FROM "
                                         "json_each_text(CAST(? AS json)) j "
                                         "WHERE contacts.id = CAST(j.key AS BIGINT)")
                        : QStringLiteral("UPDATE contacts SET score = j.value FROM json_each(?) j "
                                         "WHERE contacts.id = CAST(j.key AS INTEGER)"));
    for (std::size_t start = 0; start < scores.size(); start += kChunk) {
        QByteArray json;
        json.reserve(static_cast<qsizetype>(kChunk * 14));
        json.append('{');
        const std::size_t end = std::min(scores.size(), start + kChunk);
        for (std::size_t i = start; i < end; ++i) {
            if (i > start)
                json.append(',');
            json.append('"').append(QByteArray::number(scores[i].first)).append("\":");
            json.append(QByteArray::number(scores[i].second));
        }
        json.append('}');
        q.bindValue(0, QString::fromLatin1(json));
        m_db.exec(q);
    }
}

void ScoreInputRepository::setScore(qint64 contactId, int score)
{
    // Prepared once: recomputing every score writes up to one row per contact.
    if (!m_setScore)
        m_setScore = m_db.prepare(QStringLiteral("UPDATE contacts SET score = ? WHERE id = ?"));
    m_setScore->bindValue(0, score);
    m_setScore->bindValue(1, contactId);
    m_db.exec(*m_setScore);
}

} // namespace kizuna
