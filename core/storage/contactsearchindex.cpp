#include "contactsearchindex.h"

#include "database.h"
#include "domain/contact.h"
#include "search/searchdocument.h"
#include "search/sortkey.h"

#include <QCoreApplication>
#include <QVariant>

namespace kizuna {

ContactSearchIndex::ContactSearchIndex(const Database &db)
    : m_db(db)
{}

void ContactSearchIndex::index(const Contact &contact, const QString &sortKey,
                               const QString &companyKana, bool isNew)
{
    if (contact.id > SortKey::kMaxId)
        throw StorageError(StorageError::Kind::Generic, m_db.path(),
                           QCoreApplication::translate("Database", "too many contacts to index"));
    if (!isNew)
        remove(contact.id);
    const qint64 rowid = SortKey::searchRowid(sortKey, contact.id);
    QSqlQuery &insert =
        m_db.statement(QStringLiteral("INSERT INTO contact_search (rowid, tokens) VALUES (?, ?)"));
    insert.addBindValue(rowid);
    insert.addBindValue(SearchDocument::tokensOf(SearchDocument::valuesOf(contact, companyKana)));
    m_db.exec(insert);
    QSqlQuery &link =
        m_db.statement(QStringLiteral("UPDATE contacts SET search_rowid = ? WHERE id = ?"));
    link.addBindValue(rowid);
    link.addBindValue(contact.id);
    m_db.exec(link);
}

void ContactSearchIndex::remove(qint64 contactId)
{
    QSqlQuery &drop = m_db.statement(QStringLiteral(
        "DELETE FROM contact_search WHERE rowid = "
        "(SELECT search_rowid FROM contacts WHERE id = ? AND search_rowid IS NOT NULL)"));
    drop.addBindValue(contactId);
    m_db.exec(drop);
    QSqlQuery &unlink =
        m_db.statement(QStringLiteral("UPDATE contacts SET search_rowid = NULL WHERE id = ?"));
    unlink.addBindValue(contactId);
    m_db.exec(unlink);
}

void ContactSearchIndex::optimize()
{
    m_db.execute(QStringLiteral("INSERT INTO contact_search (contact_search) VALUES ('optimize')"));
}

} // namespace kizuna
