#pragma once

#include "companyrepository.h"
#include "contactlistquery.h"
#include "contactsearchindex.h"
#include "domain/contact.h"
#include "search/matchkeys.h"
#include "sourcerepository.h"
#include "stagehistoryrepository.h"
#include "tagrepository.h"

#include <optional>

class QSqlQuery;

namespace kizuna {

class Database;

/// Contacts in the database: the only place that reads and writes their rows.
///
/// Values come in already normalised (see ContactService); company, source and tags are
/// resolved by name. The caller owns the transaction: a repository call never commits.
/// Every change keeps the search index in step.
class ContactRepository final
{
public:
    /// Writes the search documents of many changes at once, in rowid order, when flushed
    /// or (dropping them, as the transaction rolls back) when destroyed unflushed.
    class IndexBatch final
    {
    public:
        explicit IndexBatch(ContactRepository &contacts);
        ~IndexBatch();
        IndexBatch(const IndexBatch &) = delete;
        IndexBatch &operator=(const IndexBatch &) = delete;
        void flush();

    private:
        ContactSearchIndex &m_index;
        bool m_flushed = false;
    };

    explicit ContactRepository(const Database &db);

    /// Stores a new contact and returns its id.
    qint64 insert(const Contact &contact);
    /// Replaces every field of a stored contact except its stage, which only changes with a
    /// recorded step (StageHistoryRepository); throws StorageError(NotFound) if absent.
    void update(const Contact &contact);
    /// Moves a contact to the trash (out of lists and search) or back.
    void setInTrash(qint64 id, bool inTrash);
    /// Removes the person and every row that refers to them, for good.
    void erase(qint64 id);
    /// Rewrites a contact's search document (after a company or tag rename).
    void reindex(qint64 id);
    /// Rewrites everything derived from a contact's fields: duplicate match keys and the
    /// search document (schema upgrades, undoing an import).
    void refreshDerived(qint64 id);
    /// The search-index row of a contact (0 when it has none), and dropping such a row
    /// directly: undoing an import rewrites contact rows behind the repository's back.
    qint64 searchRowidOf(qint64 id) const;
    void dropSearchRow(qint64 searchRowid);
    /// Live contacts carrying this duplicate key, oldest first.
    QList<qint64> findByMatchKey(const MatchKey &key) const;
    /// Every duplicate key that two or more live contacts share, with their ids, oldest
    /// first; strongest kind (e-mail) first.
    QList<std::pair<MatchKey, QList<qint64>>> sharedMatchKeys() const;
    /// Merges the search index into one segment: after bulk loads, and after erasure so
    /// no deleted entry lingers in an old segment.
    void optimizeSearchIndex();

    /// The contact, including one in the trash; nullopt if there is none with this id.
    std::optional<Contact> find(qint64 id) const;
    /// One page of a list in reading order, searched and filtered in SQL: ascending or
    /// descending, from the start or from a cursor, forwards or backwards, after skipping
    /// `offset` rows. The query's sort is not read here (see ContactListRepository).
    ContactPage page(const ContactListQuery &query) const;
    /// How many contacts the query matches (ignores limit and cursor).
    qint64 count(const ContactListQuery &query) const;
    /// The rows every `stride` rows of the query's list in ascending reading order: the
    /// cursor of rows stride - 1, 2 * stride - 1, and so on, after which rows stride,
    /// 2 * stride, ... begin. A list can then reach any row by walking fewer than `stride`
    /// index entries from one of them (ContactListQuery::after with an offset).
    QList<ContactCursor> readingAnchors(const ContactListQuery &query, int stride) const;
    /// The same, but stops counting at `atMost`: costs at most that many matches however
    /// many there are.
    qint64 countUpTo(const ContactListQuery &query, qint64 atMost) const;

    CompanyRepository &companies() { return m_companies; }
    SourceRepository &sources() { return m_sources; }
    TagRepository &tags() { return m_tags; }
    const TagRepository &tags() const { return m_tags; }
    StageHistoryRepository &stages() { return m_stages; }

private:
    /// Returns the company id it bound (0 for none).
    qint64 bindFields(QSqlQuery &query, const Contact &contact, const QString &sortKey,
                      bool withStage);
    void indexIfLive(qint64 id);
    void indexNew(Contact contact, const QString &sortKey, qint64 companyId);
    void writeMatchKeys(const Contact &contact, bool replace);
    ContactPage listPage(const ContactListQuery &query) const;
    /// The sort key and id of the match at `position` (0-based) in the query's direction.
    std::optional<ContactCursor> cursorAt(const ContactListQuery &query, qint64 position) const;

    const Database &m_db;
    CompanyRepository m_companies;
    SourceRepository m_sources;
    TagRepository m_tags;
    StageHistoryRepository m_stages;
    ContactSearchIndex m_index;
};

} // namespace kizuna
