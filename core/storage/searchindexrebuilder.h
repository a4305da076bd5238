#pragma once

#include "contactsearchindex.h"

#include <QtGlobal>

#include <functional>
#include <vector>

namespace kizuna {

class Database;

/// Writes the search index of every live contact into a database whose index is empty (a
/// copy just made by DatabaseCopier). The contacts are read a few thousand at a time with
/// what their documents need, the documents written many to a statement, and every contact
/// linked to its document (contacts.search_rowid) by one statement at the end. Indexing
/// contact by contact cost a server several round trips each: 112-141 s per 100,000.
class SearchIndexRebuilder final
{
public:
    /// Called after each chunk with the contacts indexed so far.
    using Progress = std::function<void(qint64 indexed)>;

    explicit SearchIndexRebuilder(const Database &db);

    /// Indexes every contact not in the trash; returns how many. Run it inside the caller's
    /// transaction.
    qint64 rebuild(const Progress &progress = {}) const;

private:
    /// The documents of the next live contacts after id `after`, which moves to the last.
    std::vector<ContactSearchIndex::Document> documentsAfter(qint64 &after) const;

    const Database &m_db;
};

} // namespace kizuna
