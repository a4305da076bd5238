#include "sourcerepository.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QVariant>

namespace kizuna {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.name, s.kind, s.cost, s.currency, s.started_on, s.ended_on, s.notes, "
    "(SELECT count(*) FROM contacts c WHERE c.source_id = s.id AND c.deleted_at IS NULL) "
    "FROM sources s ");

Source sourceFrom(const QSqlQuery &query)
{
    Source s;
    s.id = query.value(0).toLongLong();
    s.name = query.value(1).toString();
    s.kind = sourceKindFromKey(query.value(2).toString()).value_or(SourceKind::Other);
    s.cost = query.value(3).toLongLong();
    s.currency = query.value(4).toString();
    s.startedOn = sql::toDate(query.value(5));
    s.endedOn = sql::toDate(query.value(6));
    s.notes = query.value(7).toString();
    s.contactCount = query.value(8).toInt();
    return s;
}

} // namespace

SourceRepository::SourceRepository(const Database &db)
    : m_db(db)
{}

void SourceRepository::validate(const Source &source) const
{
    if (source.name.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("name"),
                              QCoreApplication::translate("Sources", "a source needs a name"));
    if (source.cost < 0)
        throw ValidationError(
            QStringLiteral("cost"),
            QCoreApplication::translate("Sources", "the cost cannot be negative"));
    if (source.startedOn.isValid() && source.endedOn.isValid() && source.endedOn < source.startedOn)
        throw ValidationError(QStringLiteral("to"), QCoreApplication::translate(
                                                        "Sources", "the end is before the start"));
    const auto existing = findByName(source.name);
    if (existing && existing->id != source.id)
        throw ValidationError(QStringLiteral("name"),
                              QCoreApplication::translate("Sources", "a source named \"%1\" exists")
                                  .arg(source.name.trimmed()));
}

qint64 SourceRepository::add(const Source &source)
{
    validate(source);
    QSqlQuery query = m_db.prepare(
        QStringLiteral("INSERT INTO sources (name, kind, cost, currency, started_on, ended_on, "
                       "notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(source.name.trimmed());
    query.addBindValue(sourceKindKey(source.kind));
    query.addBindValue(source.cost);
    query.addBindValue(source.currency.isEmpty() ? QStringLiteral("JPY") : source.currency);
    query.addBindValue(sql::fromDate(source.startedOn));
    query.addBindValue(sql::fromDate(source.endedOn));
    query.addBindValue(sql::text(source.notes));
    query.addBindValue(sql::now());
    m_db.exec(query);
    return sqldialect::insertedId(query);
}

void SourceRepository::update(const Source &source)
{
    validate(source);
    QSqlQuery query = m_db.prepare(
        QStringLiteral("UPDATE sources SET name = ?, kind = ?, cost = ?, currency = ?, "
                       "started_on = ?, ended_on = ?, notes = ? WHERE id = ?"));
    query.addBindValue(source.name.trimmed());
    query.addBindValue(sourceKindKey(source.kind));
    query.addBindValue(source.cost);
    query.addBindValue(source.currency.isEmpty() ? QStringLiteral("JPY") : source.currency);
    query.addBindValue(sql::fromDate(source.startedOn));
    query.addBindValue(sql::fromDate(source.endedOn));
    query.addBindValue(sql::text(source.notes));
    query.addBindValue(source.id);
    m_db.exec(query);
    if (query.numRowsAffected() == 0)
        throw StorageError(
            StorageError::Kind::NotFound, m_db.path(),
            QCoreApplication::translate("Sources", "no source with id %1").arg(source.id));
}

void SourceRepository::remove(qint64 id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
    query.addBindValue(id);
    m_db.exec(query);
    if (query.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, m_db.path(),
                           QCoreApplication::translate("Sources", "no source with id %1").arg(id));
}

std::optional<Source> SourceRepository::find(qint64 id) const
{
    QSqlQuery query = m_db.prepare(kSelect + QStringLiteral("WHERE s.id = ?"));
    query.addBindValue(id);
    m_db.exec(query);
    return query.next() ? std::optional<Source>(sourceFrom(query)) : std::nullopt;
}

std::optional<Source> SourceRepository::findByName(const QString &name) const
{
    QSqlQuery query = m_db.prepare(kSelect + QStringLiteral("WHERE s.name = ?"));
    query.addBindValue(name.trimmed());
    m_db.exec(query);
    return query.next() ? std::optional<Source>(sourceFrom(query)) : std::nullopt;
}

qint64 SourceRepository::findOrCreate(const QString &name)
{
    if (name.trimmed().isEmpty())
        return 0;
    // Runs for every imported card: look up the id alone, without the contact count.
    QSqlQuery &lookup = m_db.statement(QStringLiteral("SELECT id FROM sources WHERE name = ?"));
    lookup.addBindValue(name.trimmed());
    m_db.exec(lookup);
    const qint64 found = lookup.next() ? lookup.value(0).toLongLong() : 0;
    lookup.finish();
    if (found != 0)
        return found;
    Source source;
    source.name = name.trimmed();
    return add(source);
}

QList<Source> SourceRepository::list() const
{
    QSqlQuery query = m_db.prepare(kSelect + QStringLiteral("ORDER BY s.name, s.id"));
    m_db.exec(query);
    QList<Source> sources;
    while (query.next())
        sources.append(sourceFrom(query));
    return sources;
}

QList<Source> SourceRepository::definitions() const
{
    // The same columns with a zero for the count, which would cost a pass over the contacts.
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.name, s.kind, s.cost, s.currency, s.started_on, s.ended_on, s.notes, 0 "
        "FROM sources s ORDER BY s.name, s.id"));
    m_db.exec(query);
    QList<Source> sources;
    while (query.next())
        sources.append(sourceFrom(query));
    return sources;
}

} // namespace kizuna

namespace kizuna {

QList<SourceStats> SourceRepository::stats() const
{
    // One pass over the live contacts, grouped by source; a customer is anyone who ever
    // reached customer or loyal (a lost customer was still won), or won a deal.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT * FROM (WITH lead AS ("
        " SELECT c.id, c.source_id, "
        "  (EXISTS (SELECT 1 FROM stage_changes sc WHERE sc.contact_id = c.id "
        "           AND sc.to_stage IN ('customer', 'loyal')) "
        "   OR EXISTS (SELECT 1 FROM deals d WHERE d.contact_id = c.id AND d.status = 'won')) "
        "   AS customer "
        " FROM contacts c WHERE c.deleted_at IS NULL), "
        "per_source AS ("
        " SELECT source_id, count(*) AS leads, count(*) FILTER (WHERE customer) AS customers "
        " FROM lead "
        " GROUP BY source_id), "
        "revenue AS ("
        " SELECT l.source_id, d.currency, CAST(sum(d.amount) AS BIGINT) AS amount FROM lead l "
        " JOIN deals d ON d.contact_id = l.id WHERE d.status = 'won' "
        " GROUP BY l.source_id, d.currency) "
        "SELECT s.id AS id, s.name AS name, s.kind, coalesce(p.leads, 0), coalesce(p.customers, "
        "0), "
        " coalesce((SELECT amount FROM revenue r WHERE r.source_id = s.id "
        "           AND r.currency = s.currency), 0), s.cost, s.currency "
        "FROM sources s LEFT JOIN per_source p ON p.source_id = s.id "
        "UNION ALL "
        "SELECT 0, '', 'other', p.leads, p.customers, "
        " coalesce((SELECT amount FROM revenue r WHERE r.source_id IS NULL "
        "           AND r.currency = 'JPY'), 0), 0, 'JPY' "
        "FROM per_source p WHERE p.source_id IS NULL) AS stats "
        "ORDER BY stats.id = 0, stats.name"));
    m_db.exec(q);
    QList<SourceStats> list;
    while (q.next()) {
        SourceStats s;
        s.sourceId = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.kind = sourceKindFromKey(q.value(2).toString()).value_or(SourceKind::Other);
        s.leads = q.value(3).toLongLong();
        s.customers = q.value(4).toLongLong();
        s.revenue = q.value(5).toLongLong();
        s.cost = q.value(6).toLongLong();
        s.currency = q.value(7).toString();
        list.append(s);
    }
    return list;
}

} // namespace kizuna
