#pragma once

#include <QHash>
#include <QString>

#include <utility>

#include <QString>

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

private:
    void insert(qint64 rowid, const QString &tokens);
    void writePending();

    const Database &m_db;
    bool m_batching = false;
    QHash<qint64, std::pair<qint64, QString>> m_pending; ///< contact id → (rowid, tokens)
};

} // namespace kizuna
