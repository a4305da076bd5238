#pragma once

#include <QHash>
#include <QString>

#include <utility>
#include <vector>

namespace kizuna {

class Database;
struct Contact;

/// Writes the FTS5 search index (table contact_search). The index holds only contacts that
/// are not in the trash, under the rowid SortKey::searchRowid gives; contacts.search_rowid
/// remembers it so the document can be removed again.
class ContactSearchIndex final
{
public:
    explicit ContactSearchIndex(const Database &db);

    /// Replaces the contact's document (the contact must be stored, with its id). `isNew`:
    /// the contact was just inserted and has no document to remove.
    void index(const Contact &contact, const QString &sortKey, const QString &companyKana,
               bool isNew = false);
    /// Removes the contact's document, if any.
    void remove(qint64 contactId);
    /// From here until endBatch(), documents are written a few thousand at a time in rowid
    /// order. FTS5 writes its pending terms out whenever a rowid is lower than the last one,
    /// and the reading-ordered rowids of an import come in any order: one segment per card
    /// instead of one per few thousand. Lookups in the index may miss a batch's documents
    /// until endBatch().
    void beginBatch();
    /// Writes the batch's documents and ends it; `discard` drops them (a rolled-back batch).
    void endBatch(bool discard = false);
    /// Merges the index's segments into one, dropping deleted entries. Slow on big
    /// databases: for after bulk loads and erasure.
    void optimize();

    /// A document as the index stores it: rowid (SortKey::searchRowid) and its text.
    using Document = std::pair<qint64, QString>;
    /// The rowid of a contact's document; throws StorageError when its id is past what a
    /// rowid can hold (SortKey::kMaxId).
    static qint64 rowidOf(const Database &db, qint64 contactId, const QString &sortKey);
    /// The document of a contact: FTS5 tokens in a file, the folded values on a server.
    static QString documentOf(const Database &db, const Contact &contact,
                              const QString &companyKana);
    /// Writes the documents, in rowid order and many to a statement (on a server, with
    /// their grams). Does not link them to their contacts (contacts.search_rowid).
    void insertAll(std::vector<Document> documents);

private:
    void writePending();

    const Database &m_db;
    bool m_batching = false;
    QHash<qint64, Document> m_pending; ///< contact id → (rowid, tokens)
};

} // namespace kizuna
