#include "dealrepository.h"

#include "database.h"
#include "rowversion.h"
#include "sqldialect.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QVariant>

namespace kizuna {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT d.id, d.contact_id, d.title, d.amount, d.currency, d.expected_close_on, d.status, "
    "d.closed_on, d.created_on, d.created_by, d.changed_by, d.row_version FROM deals d ");

Deal dealFrom(const QSqlQuery &q)
{
    Deal d;
    d.id = q.value(0).toLongLong();
    d.contactId = q.value(1).toLongLong();
    d.title = q.value(2).toString();
    d.amount = q.value(3).toLongLong();
    d.currency = q.value(4).toString();
    d.expectedCloseOn = sql::toDate(q.value(5));
    d.status = dealStatusFromKey(q.value(6).toString()).value_or(DealStatus::Open);
    d.closedOn = sql::toDate(q.value(7));
    d.createdOn = sql::toDate(q.value(8));
    d.authorship = rowversion::from(q, 9);
    return d;
}

QList<Deal> dealsFrom(QSqlQuery &q)
{
    QList<Deal> list;
    while (q.next())
        list.append(dealFrom(q));
    return list;
}

// The columns add() and update() both write, in the order both name them.
void bindFields(QSqlQuery &q, const Deal &d)
{
    q.addBindValue(d.title.trimmed());
    q.addBindValue(d.amount);
    q.addBindValue(d.currency.isEmpty() ? QStringLiteral("JPY") : d.currency);
    q.addBindValue(sql::fromDate(d.expectedCloseOn));
    q.addBindValue(dealStatusKey(d.status));
    q.addBindValue(sql::fromDate(d.closedOn));
}

} // namespace

DealRepository::DealRepository(const Database &db)
    : m_db(db)
{}

qint64 DealRepository::add(const Deal &d)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO deals (contact_id, title, amount, currency, expected_close_on, status, "
        "closed_on, created_on, updated_at, created_by, changed_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(d.contactId);
    bindFields(q, d);
    q.addBindValue(sql::fromDate(d.createdOn));
    q.addBindValue(sql::now());
    q.addBindValue(m_db.userName());
    q.addBindValue(m_db.userName());
    m_db.exec(q);
    return sqldialect::insertedId(q);
}

void DealRepository::update(const Deal &d)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE deals SET title = ?, amount = ?, currency = ?, expected_close_on = ?, "
        "status = ?, closed_on = ?, updated_at = ?, changed_by = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    bindFields(q, d);
    q.addBindValue(sql::now());
    q.addBindValue(m_db.userName());
    q.addBindValue(d.id);
    q.addBindValue(d.authorship.version);
    m_db.exec(q);
    if (q.numRowsAffected() == 0)
        rowversion::failSave(m_db, QStringLiteral("deals"), d.id,
                             QCoreApplication::translate("Deals", "deal %1").arg(d.id));
}

std::optional<Deal> DealRepository::find(qint64 id) const
{
    QSqlQuery q = m_db.prepare(kSelect + QStringLiteral("WHERE d.id = ?"));
    q.addBindValue(id);
    m_db.exec(q);
    return q.next() ? std::optional<Deal>(dealFrom(q)) : std::nullopt;
}

QList<Deal> DealRepository::forContact(qint64 contactId) const
{
    QSqlQuery q = m_db.prepare(kSelect + QStringLiteral("WHERE d.contact_id = ? ORDER BY d.id"));
    q.addBindValue(contactId);
    m_db.exec(q);
    return dealsFrom(q);
}

QList<Deal> DealRepository::list() const
{
    QSqlQuery q =
        m_db.prepare(kSelect + QStringLiteral("JOIN contacts c ON c.id = d.contact_id "
                                              "WHERE c.deleted_at IS NULL ORDER BY d.id"));
    m_db.exec(q);
    return dealsFrom(q);
}

QList<Deal> DealRepository::forCompany(qint64 companyId) const
{
    QSqlQuery q = m_db.prepare(kSelect + QStringLiteral("JOIN contacts c ON c.id = d.contact_id "
                                                        "WHERE c.company_id = ? AND "
                                                        "c.deleted_at IS NULL ORDER BY "
                                                        "d.created_on DESC, d.id DESC"));
    q.addBindValue(companyId);
    m_db.exec(q);
    return dealsFrom(q);
}

int DealRepository::wonCount(qint64 contactId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM deals WHERE contact_id = ? AND status = 'won'"));
    q.addBindValue(contactId);
    m_db.exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void DealRepository::reassign(qint64 fromContactId, qint64 toContactId)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE deals SET contact_id = ? WHERE contact_id = ?"));
    q.addBindValue(toContactId);
    q.addBindValue(fromContactId);
    m_db.exec(q);
}

} // namespace kizuna
