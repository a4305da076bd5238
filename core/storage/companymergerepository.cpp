#include "companymergerepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QVariant>

namespace kizuna {

namespace {

void runWithId(const Database &db, const QString &sql, qint64 id)
{
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(id);
    db.exec(q);
}

} // namespace

CompanyMergeRepository::CompanyMergeRepository(const Database &db)
    : m_db(db)
{}

qint64 CompanyMergeRepository::record(qint64 keptId, qint64 absorbedId,
                                      const QList<qint64> &movedContactIds)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO company_merges (kept_id, absorbed_id, absorbed_name, absorbed_name_kana, "
        "absorbed_match_key, absorbed_created_at, absorbed_updated_at, kept_name_kana, "
        "kept_updated_at, merged_at) SELECT k.id, a.id, a.name, a.name_kana, a.match_key, "
        "a.created_at, a.updated_at, k.name_kana, k.updated_at, ? FROM companies k, companies a "
        "WHERE k.id = ? AND a.id = ?"));
    q.addBindValue(sql::now());
    q.addBindValue(keptId);
    q.addBindValue(absorbedId);
    m_db.exec(q);
    const qint64 mergeId = q.lastInsertId().toLongLong();
    QSqlQuery link = m_db.prepare(
        QStringLiteral("INSERT INTO company_merge_contacts (merge_id, contact_id) VALUES (?, ?)"));
    for (const qint64 contactId : movedContactIds) {
        link.addBindValue(mergeId);
        link.addBindValue(contactId);
        m_db.exec(link);
    }
    return mergeId;
}

std::optional<CompanyMerge> CompanyMergeRepository::find(qint64 mergeId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT m.kept_id, coalesce(k.name, ''), m.absorbed_id, m.absorbed_name, "
        "m.kept_name_kana = '' AND m.absorbed_name_kana <> '', m.merged_at, "
        "(SELECT count(*) FROM deals d JOIN company_merge_contacts l ON l.contact_id = "
        "d.contact_id WHERE l.merge_id = m.id) FROM company_merges m "
        "LEFT JOIN companies k ON k.id = m.kept_id WHERE m.id = ?"));
    q.addBindValue(mergeId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    CompanyMerge m;
    m.id = mergeId;
    m.keptId = q.value(0).toLongLong();
    m.keptName = q.value(1).toString();
    m.absorbedId = q.value(2).toLongLong();
    m.absorbedName = q.value(3).toString();
    m.readingFilled = q.value(4).toBool();
    m.mergedAt = sql::toDateTime(q.value(5));
    m.movedDeals = q.value(6).toInt();
    QSqlQuery people = m_db.prepare(QStringLiteral(
        "SELECT contact_id FROM company_merge_contacts WHERE merge_id = ? ORDER BY contact_id"));
    people.addBindValue(mergeId);
    m_db.exec(people);
    while (people.next())
        m.movedContactIds.append(people.value(0).toLongLong());
    return m;
}

std::optional<qint64> CompanyMergeRepository::latest() const
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT max(id) FROM company_merges"));
    if (id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

bool CompanyMergeRepository::absorbedTaken(qint64 mergeId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM companies co JOIN company_merges m ON co.id = "
                       "m.absorbed_id OR co.match_key = m.absorbed_match_key WHERE m.id = ?)"));
    q.addBindValue(mergeId);
    m_db.exec(q);
    return q.next() && q.value(0).toBool();
}

void CompanyMergeRepository::revert(qint64 mergeId)
{
    runWithId(m_db,
              QStringLiteral("INSERT INTO companies (id, name, name_kana, match_key, created_at, "
                             "updated_at) SELECT absorbed_id, absorbed_name, absorbed_name_kana, "
                             "absorbed_match_key, absorbed_created_at, absorbed_updated_at FROM "
                             "company_merges WHERE id = ?"),
              mergeId);
    // Someone moved to a third company since stays there: that was a choice of its own.
    QSqlQuery back = m_db.prepare(QStringLiteral(
        "UPDATE contacts SET company_id = (SELECT absorbed_id FROM company_merges WHERE id = ?) "
        "WHERE id IN (SELECT contact_id FROM company_merge_contacts WHERE merge_id = ?) AND "
        "company_id = (SELECT kept_id FROM company_merges WHERE id = ?)"));
    back.addBindValue(mergeId);
    back.addBindValue(mergeId);
    back.addBindValue(mergeId);
    m_db.exec(back);
    QSqlQuery kept = m_db.prepare(QStringLiteral(
        "UPDATE companies SET name_kana = m.kept_name_kana, updated_at = m.kept_updated_at "
        "FROM company_merges m WHERE m.id = ? AND companies.id = m.kept_id"));
    kept.addBindValue(mergeId);
    m_db.exec(kept);
    runWithId(m_db, QStringLiteral("DELETE FROM company_merges WHERE id = ?"), mergeId);
}

} // namespace kizuna
