#include "contactsearchindex.h"

#include "database.h"
#include "domain/contact.h"
#include "search/searchdocument.h"
#include "search/sortkey.h"

#include <QCoreApplication>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace kizuna {

namespace {
constexpr qsizetype kMaxPending = 5000;
} // namespace

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
    // A server's trigram index holds the folded text itself (see SearchCondition).
    const QStringList values = SearchDocument::valuesOf(contact, companyKana);
    QString tokens =
        m_db.isServer() ? SearchDocument::textOf(values) : SearchDocument::tokensOf(values);
    if (!m_batching) {
        insert(rowid, tokens);
    } else {
        m_pending.insert(contact.id, {rowid, std::move(tokens)});
        // A few thousand documents make one segment each time; more would only cost memory.
        if (m_pending.size() >= kMaxPending)
            writePending();
    }
    QSqlQuery &link =
        m_db.statement(QStringLiteral("UPDATE contacts SET search_rowid = ? WHERE id = ?"));
    link.addBindValue(rowid);
    link.addBindValue(contact.id);
    m_db.exec(link);
}

void ContactSearchIndex::insert(qint64 rowid, const QString &tokens)
{
    QSqlQuery &q = m_db.statement(
        m_db.isServer()
            ? QStringLiteral("INSERT INTO contact_search (rowid, document) VALUES (?, ?)")
            : QStringLiteral("INSERT INTO contact_search (rowid, tokens) VALUES (?, ?)"));
    q.addBindValue(rowid);
    q.addBindValue(tokens);
    m_db.exec(q);
}

void ContactSearchIndex::beginBatch()
{
    m_pending.clear();
    m_batching = true;
}

void ContactSearchIndex::endBatch(bool discard)
{
    m_batching = false;
    if (!discard)
        writePending();
    m_pending.clear();
}

void ContactSearchIndex::writePending()
{
    std::vector<std::pair<qint64, QString>> documents;
    documents.reserve(static_cast<std::size_t>(m_pending.size()));
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        documents.push_back(it.value());
    m_pending.clear();
    std::sort(documents.begin(), documents.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[rowid, tokens] : documents)
        insert(rowid, tokens);
}

void ContactSearchIndex::remove(qint64 contactId)
{
    // A document of this batch is not in the table yet.
    m_pending.remove(contactId);
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
    // A server's GIN index merges its pending list by itself (autovacuum).
    if (m_db.isServer())
        return;
    m_db.execute(QStringLiteral("INSERT INTO contact_search (contact_search) VALUES ('optimize')"));
}

} // namespace kizuna
