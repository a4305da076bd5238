#include "stagehistoryrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QVariant>

namespace kizuna {

namespace {

// From a row of id, from_stage, to_stage, changed_on, note.
StageChange stepFrom(const QSqlQuery &q, qint64 contactId)
{
    StageChange c;
    c.id = q.value(0).toLongLong();
    c.contactId = contactId;
    if (!q.value(1).isNull())
        c.from = stageFromKey(q.value(1).toString());
    c.to = stageFromKey(q.value(2).toString()).value_or(Stage::Cold);
    c.changedOn = sql::toDate(q.value(3));
    c.note = q.value(4).toString();
    return c;
}

} // namespace

StageHistoryRepository::StageHistoryRepository(const Database &db)
    : m_db(db)
{}

void StageHistoryRepository::insert(qint64 contactId, std::optional<Stage> from, Stage to,
                                    const QDate &on, const QString &note)
{
    QSqlQuery &q = m_db.statement(
        QStringLiteral("INSERT INTO stage_changes (contact_id, from_stage, to_stage, changed_on, "
                       "note, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(contactId);
    q.addBindValue(from ? QVariant(stageKey(*from)) : QVariant());
    q.addBindValue(stageKey(to));
    q.addBindValue(sql::fromDate(on));
    q.addBindValue(sql::text(note.trimmed()));
    q.addBindValue(sql::now());
    m_db.exec(q);
}

void StageHistoryRepository::recordEntry(qint64 contactId, Stage stage, const QDate &on)
{
    insert(contactId, std::nullopt, stage, on, QString());
}

Stage StageHistoryRepository::current(qint64 contactId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT stage FROM contacts WHERE id = ?"));
    q.addBindValue(contactId);
    m_db.exec(q);
    if (!q.next())
        throw StorageError(
            StorageError::Kind::NotFound, m_db.path(),
            QCoreApplication::translate("Contacts", "no contact with id %1").arg(contactId));
    return stageFromKey(q.value(0).toString()).value_or(Stage::Cold);
}

qint64 StageHistoryRepository::countAll() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM stage_changes")).toLongLong();
}

bool StageHistoryRepository::change(qint64 contactId, Stage to, const QDate &on,
                                    const QString &note)
{
    const Stage from = current(contactId);
    if (from == to)
        return false;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE contacts SET stage = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(stageKey(to));
    q.addBindValue(sql::now());
    q.addBindValue(contactId);
    m_db.exec(q);
    insert(contactId, from, to, on, note);
    return true;
}

std::optional<StageChange> StageHistoryRepository::latest(qint64 contactId) const
{
    // Latest as recorded, not by the day it is dated: a step can be dated back.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, from_stage, to_stage, changed_on, note FROM stage_changes "
                       "WHERE contact_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(contactId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return stepFrom(q, contactId);
}

void StageHistoryRepository::removeLatest(const StageChange &step)
{
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM stage_changes WHERE id = ?"));
    remove.addBindValue(step.id);
    m_db.exec(remove);
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE contacts SET stage = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(stageKey(step.from.value_or(step.to)));
    q.addBindValue(sql::now());
    q.addBindValue(step.contactId);
    m_db.exec(q);
}

QList<StageChange> StageHistoryRepository::history(qint64 contactId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, from_stage, to_stage, changed_on, note FROM stage_changes "
                       "WHERE contact_id = ? ORDER BY changed_on, id"));
    q.addBindValue(contactId);
    m_db.exec(q);
    QList<StageChange> changes;
    while (q.next())
        changes.append(stepFrom(q, contactId));
    return changes;
}

std::optional<Stage> StageHistoryRepository::stageOn(qint64 contactId, const QDate &day) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT to_stage FROM stage_changes WHERE contact_id = ? AND "
                                    "changed_on <= ? ORDER BY changed_on DESC, id DESC LIMIT 1"));
    q.addBindValue(contactId);
    q.addBindValue(sql::fromDate(day));
    m_db.exec(q);
    return q.next() ? stageFromKey(q.value(0).toString()) : std::nullopt;
}

} // namespace kizuna
