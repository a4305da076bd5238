#include "companyrepository.h"

#include "database.h"
#include "domain/companyname.h"
#include "sqlvalues.h"
#include "text/textnormalizer.h"

#include <QVariant>

namespace kizuna {

namespace {
QString matchKeyOf(const QString &name)
{
    const QString key = companyMatchKey(name);
    // A name that is nothing but a legal form still names something; keep it distinct.
    return key.isEmpty() ? TextNormalizer::fold(name) : key;
}
} // namespace

CompanyRepository::CompanyRepository(const Database &db)
    : m_db(db)
{}

qint64 CompanyRepository::findOrCreate(const QString &name, const QString &nameKana)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    const QString key = matchKeyOf(trimmed);
    QSqlQuery &find =
        m_db.statement(QStringLiteral("SELECT id FROM companies WHERE match_key = ?"));
    find.addBindValue(key);
    m_db.exec(find);
    const qint64 found = find.next() ? find.value(0).toLongLong() : 0;
    find.finish();
    if (found != 0)
        return found;

    QSqlQuery &insert = m_db.statement(
        QStringLiteral("INSERT INTO companies (name, name_kana, match_key, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    const QString now = sql::now();
    insert.addBindValue(trimmed);
    insert.addBindValue(TextNormalizer::toHiragana(nameKana.trimmed()));
    insert.addBindValue(key);
    insert.addBindValue(now);
    insert.addBindValue(now);
    m_db.exec(insert);
    return insert.lastInsertId().toLongLong();
}

std::optional<Company> CompanyRepository::find(qint64 id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, name, name_kana, (SELECT count(*) FROM contacts c WHERE c.company_id = "
        "companies.id AND c.deleted_at IS NULL) FROM companies WHERE id = ?"));
    query.addBindValue(id);
    m_db.exec(query);
    if (!query.next())
        return std::nullopt;
    return Company{query.value(0).toLongLong(), query.value(1).toString(),
                   query.value(2).toString(), query.value(3).toInt()};
}

QList<Company> CompanyRepository::list() const
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT co.id, co.name, co.name_kana, count(c.id) FROM companies co "
                       "LEFT JOIN contacts c ON c.company_id = co.id AND c.deleted_at IS NULL "
                       "GROUP BY co.id ORDER BY CASE co.name_kana WHEN '' THEN co.match_key "
                       "ELSE co.name_kana END, co.id"));
    m_db.exec(query);
    QList<Company> companies;
    while (query.next())
        companies.append(Company{query.value(0).toLongLong(), query.value(1).toString(),
                                 query.value(2).toString(), query.value(3).toInt()});
    return companies;
}

QStringList CompanyRepository::names() const
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT name FROM companies ORDER BY CASE name_kana WHEN '' THEN "
                       "match_key ELSE name_kana END, id"));
    m_db.exec(query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QList<qint64> CompanyRepository::contactIds(qint64 companyId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id FROM contacts WHERE company_id = ?"));
    query.addBindValue(companyId);
    m_db.exec(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

void CompanyRepository::moveContacts(qint64 fromCompanyId, qint64 toCompanyId)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("UPDATE contacts SET company_id = ? WHERE company_id = ?"));
    query.addBindValue(toCompanyId);
    query.addBindValue(fromCompanyId);
    m_db.exec(query);
}

void CompanyRepository::touch(qint64 companyId, const QString &readingIfNone)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "UPDATE companies SET name_kana = CASE name_kana WHEN '' THEN ? ELSE name_kana END, "
        "updated_at = ? WHERE id = ?"));
    query.addBindValue(readingIfNone);
    query.addBindValue(sql::now());
    query.addBindValue(companyId);
    m_db.exec(query);
}

void CompanyRepository::remove(qint64 companyId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("DELETE FROM companies WHERE id = ?"));
    query.addBindValue(companyId);
    m_db.exec(query);
}

} // namespace kizuna
