#include "searchindexrebuilder.h"

#include "contactrows.h"
#include "contactsearchindex.h"
#include "database.h"
#include "domain/contact.h"
#include "search/sortkey.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace kizuna {

namespace {

constexpr qint64 kContactsPerChunk = 5000;

// The company readings of the live contacts with ids in (after, last]: the one value of a
// document that a contact read whole does not carry.
QHash<qint64, QString> companyKanaOf(const Database &db, qint64 after, qint64 last)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT c.id, co.name_kana FROM contacts c JOIN companies co ON co.id = "
                       "c.company_id WHERE c.deleted_at IS NULL AND c.id > ? AND c.id <= ? "
                       "AND co.name_kana <> ''"));
    q.setForwardOnly(true);
    q.addBindValue(after);
    q.addBindValue(last);
    db.exec(q);
    QHash<qint64, QString> kana;
    while (q.next())
        kana.insert(q.value(0).toLongLong(), q.value(1).toString());
    return kana;
}

} // namespace

SearchIndexRebuilder::SearchIndexRebuilder(const Database &db)
    : m_db(db)
{}

qint64 SearchIndexRebuilder::rebuild(const Progress &progress) const
{
    ContactSearchIndex index(m_db);
    qint64 after = 0;
    qint64 indexed = 0;
    while (true) {
        std::vector<ContactSearchIndex::Document> documents = documentsAfter(after);
        if (documents.empty())
            break;
        indexed += static_cast<qint64>(documents.size());
        index.insertAll(std::move(documents));
        if (progress)
            progress(indexed);
    }
    QSqlQuery link = m_db.prepare(
        QStringLiteral("UPDATE contacts AS c SET search_rowid = s.rowid FROM contact_search AS s "
                       "WHERE c.id = s.rowid & ?"));
    link.addBindValue(SortKey::kIdMask);
    m_db.exec(link);
    return indexed;
}

std::vector<ContactSearchIndex::Document> SearchIndexRebuilder::documentsAfter(qint64 &after) const
{
    // A server's connection reads one result at a time: the chunk is read whole before
    // anything else is asked.
    QSqlQuery q = m_db.prepare(contactrows::selectSql(m_db) +
                               QStringLiteral("WHERE c.deleted_at IS NULL AND c.id > ? "
                                              "ORDER BY c.id LIMIT ?"));
    q.setForwardOnly(true);
    q.addBindValue(after);
    q.addBindValue(kContactsPerChunk);
    m_db.exec(q);
    QList<std::pair<Contact, QString>> chunk;
    while (q.next())
        chunk.append(
            {contactrows::contactFrom(q), q.value(contactrows::kSortKeyColumn).toString()});
    q.finish();
    if (chunk.isEmpty())
        return {};
    const QHash<qint64, QString> companyKana = companyKanaOf(m_db, after, chunk.last().first.id);
    after = chunk.last().first.id;
    std::vector<ContactSearchIndex::Document> documents;
    documents.reserve(static_cast<std::size_t>(chunk.size()));
    for (const auto &[contact, sortKey] : std::as_const(chunk))
        documents.emplace_back(
            ContactSearchIndex::rowidOf(m_db, contact.id, sortKey),
            ContactSearchIndex::documentOf(m_db, contact, companyKana.value(contact.id)));
    return documents;
}

} // namespace kizuna
