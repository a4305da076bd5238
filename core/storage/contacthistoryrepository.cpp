#include "contacthistoryrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QVariant>

namespace kizuna {

ContactHistoryRepository::ContactHistoryRepository(const Database &db)
    : m_db(db)
{}

void ContactHistoryRepository::add(const HistoryEntry &entry)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO contact_history (contact_id, field, old_value, new_value, changed_at, "
        "batch_id) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.contactId);
    q.addBindValue(entry.field);
    q.addBindValue(entry.oldValue);
    q.addBindValue(entry.newValue);
    q.addBindValue(sql::now());
    q.addBindValue(entry.batchId > 0 ? QVariant(entry.batchId) : QVariant());
    m_db.exec(q);
}

QList<HistoryEntry> ContactHistoryRepository::forContact(qint64 contactId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, contact_id, field, old_value, new_value, changed_at, batch_id "
                       "FROM contact_history WHERE contact_id = ? ORDER BY id"));
    q.addBindValue(contactId);
    m_db.exec(q);
    QList<HistoryEntry> entries;
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.contactId = q.value(1).toLongLong();
        e.field = q.value(2).toString();
        e.oldValue = q.value(3).toString();
        e.newValue = q.value(4).toString();
        e.changedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        e.batchId = q.value(6).toLongLong();
        entries.append(e);
    }
    return entries;
}

} // namespace kizuna
