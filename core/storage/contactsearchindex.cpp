#include "contactsearchindex.h"

#include "database.h"
#include "domain/contact.h"
#include "search/searchdocument.h"
#include "search/sortkey.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace kizuna {

namespace {
constexpr qsizetype kMaxPending = 5000;
constexpr qsizetype kRowsPerStatement = 500;
} // namespace

ContactSearchIndex::ContactSearchIndex(const Database &db)
    : m_db(db)
{}

void ContactSearchIndex::index(const Contact &contact, const QString &sortKey,
                               const QString &companyKana, bool isNew)
{
    const qint64 rowid = rowidOf(m_db, contact.id, sortKey);
    if (!isNew)
        remove(contact.id);
    QString tokens = documentOf(m_db, contact, companyKana);
    if (!m_batching) {
        insertAll({{rowid, std::move(tokens)}});
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

qint64 ContactSearchIndex::rowidOf(const Database &db, qint64 contactId, const QString &sortKey)
{
    if (contactId > SortKey::kMaxId)
        throw StorageError(StorageError::Kind::Generic, db.path(),
                           QCoreApplication::translate("Database", "too many contacts to index"));
    return SortKey::searchRowid(sortKey, contactId);
}

QString ContactSearchIndex::documentOf(const Database &db, const Contact &contact,
                                       const QString &companyKana)
{
    // A server's trigram index holds the folded text itself (see SearchCondition).
    const QStringList values = SearchDocument::valuesOf(contact, companyKana);
    return db.isServer() ? SearchDocument::textOf(values) : SearchDocument::tokensOf(values);
}

void ContactSearchIndex::insertAll(std::vector<Document> documents)
{
    std::sort(documents.begin(), documents.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    const QString row =
        m_db.isServer() ? QStringLiteral("(?, ?, CAST(? AS TEXT[]))") : QStringLiteral("(?, ?)");
    const QString insert = m_db.isServer()
                               ? QStringLiteral("INSERT INTO contact_search (rowid, document, "
                                                "grams) VALUES ")
                               : QStringLiteral("INSERT INTO contact_search (rowid, tokens) "
                                                "VALUES ");
    const auto write = [&](QSqlQuery &q, qsizetype start, qsizetype rows) {
        for (qsizetype i = start; i < start + rows; ++i) {
            const auto &[rowid, text] = documents.at(static_cast<std::size_t>(i));
            q.addBindValue(rowid);
            q.addBindValue(text);
            if (m_db.isServer())
                q.addBindValue(sql::textArray(SearchDocument::gramsOf(text)));
        }
        m_db.exec(q);
    };
    // The statements for one document and for a full chunk stay prepared; a rest is rare.
    const auto size = static_cast<qsizetype>(documents.size());
    qsizetype start = 0;
    for (; size - start >= kRowsPerStatement; start += kRowsPerStatement)
        write(m_db.statement(insert + sql::repeatedRows(row, kRowsPerStatement)), start,
              kRowsPerStatement);
    if (size - start == 1) {
        write(m_db.statement(insert + row), start, 1);
    } else if (size > start) {
        QSqlQuery rest = m_db.prepare(insert + sql::repeatedRows(row, size - start));
        write(rest, start, size - start);
    }
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
    std::vector<Document> documents;
    documents.reserve(static_cast<std::size_t>(m_pending.size()));
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        documents.push_back(it.value());
    m_pending.clear();
    insertAll(std::move(documents));
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
