#pragma once

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
    /// Merges the index's segments into one, dropping deleted entries. Slow on big
    /// databases: for after bulk loads and erasure.
    void optimize();

private:
    const Database &m_db;
};

} // namespace kizuna
