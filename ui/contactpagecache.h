#pragma once

#include "storage/contactlistquery.h"
#include "storage/contactlistrepository.h"

#include <QHash>
#include <QList>

#include <optional>

namespace kizuna {

class ContactService;

/// The rows of a contact list that a view looks at, read a page at a time and forgotten when
/// far away, so a list of a million people costs a few pages of memory wherever it is
/// scrolled to.
///
/// The row count comes from SQL. In reading order a page is read along the reading index:
/// after or before a neighbouring page already held (keyset), else by skipping rows from
/// whichever end of the list is nearer, so the last page costs what the first does. Any
/// other sort orders the ids of every match once (ContactService::orderedIds) and reads a
/// page by its ids.
class ContactPageCache final
{
public:
    struct Row
    {
        Contact contact;
        ContactListDates dates;
    };

    static constexpr int kPageSize = 50;
    /// Pages held at most: about forty screenfuls, a few megabytes.
    static constexpr int kMaxPages = 200;

    /// `pageSize` rows a read, at most `maxPages` pages held.
    explicit ContactPageCache(const ContactService &service, int pageSize = kPageSize,
                              int maxPages = kMaxPages);

    /// Starts over with this query: counts its matches (or orders them) and drops every page.
    /// Throws StorageError, leaving the cache empty.
    void reset(const ContactListQuery &query);
    /// Starts over with a query whose matches are known to be `count` (everyone, counted
    /// before the search that is now cleared): nothing is read until asked.
    void reset(const ContactListQuery &query, qint64 count);
    /// Starts over without counting: in reading order the first page is read, and when it is
    /// full the rows are only those until setCount() gives the number counted elsewhere
    /// (ContactListLoader). Other sorts order every match and so are counted. Returns
    /// whether the count is known. Throws StorageError, leaving the cache empty.
    bool resetUncounted(const ContactListQuery &query);
    /// Starts over with the order of every match found elsewhere (ContactListLoader), for a
    /// query sorted by anything but the reading.
    void resetOrdered(const ContactListQuery &query, QList<qint64> orderedIds);
    /// Cursors every `stride` rows of the list in reading order (ContactListLoader): a
    /// page far from any page held and from both ends is then read by walking fewer than
    /// `stride` index entries from the nearest one, not every entry before it.
    void setAnchors(int stride, QList<ContactCursor> anchors);
    bool hasAnchors() const { return !m_anchors.isEmpty(); }
    /// Rows between anchors: a walk of this many entries costs about a millisecond.
    static constexpr int kAnchorStride = 2048;
    /// The count of the query, taken after resetUncounted().
    void setCount(qint64 count);
    bool isCounted() const { return m_counted; }
    /// Drops the pages but keeps the count and order (nothing to reread until asked).
    void clear();

    int rowCount() const { return m_rowCount; }
    /// The row, reading its page first when it is not held; null past the end, or when
    /// the page lost rows since the count (deleted meanwhile). Valid until the next call.
    /// Throws StorageError.
    const Row *row(int index);
    /// The row if its page is held, without reading anything.
    const Row *heldRow(int index) const;
    /// Where the contact is among the rows held, if it is.
    std::optional<int> heldRowOf(qint64 contactId) const;
    /// Where the contact is in the list, held or not (a count in SQL, or a look through the
    /// ordered ids); nullopt when the query leaves them out. Throws StorageError.
    std::optional<int> rowOf(qint64 contactId) const;
    /// Page reads since the last reset: what tests and benchmarks watch.
    int pagesRead() const { return m_pagesRead; }
    int pagesHeld() const { return static_cast<int>(m_pages.size()); }

private:
    struct Page
    {
        QList<Row> rows;
        QString firstKey; ///< reading sort keys of the first and last row (reading order)
        QString lastKey;
        quint64 lastUse = 0;
    };

    Page readPage(int page) const;
    Page readByIds(int page) const;
    Page readInReadingOrder(int page) const;
    Page pageFrom(ContactPage read, bool reversed) const;
    void evictIfFull();
    void start(const ContactListQuery &query);
    void setRowCount(qint64 count);

    const ContactService &m_service;
    const int m_pageSize;
    const int m_maxPages;
    ContactListQuery m_query;
    /// The order of every match, for sorts other than by reading; empty in reading order.
    QList<qint64> m_ids;
    QList<ContactCursor> m_anchors; ///< the rows before rows stride, 2 * stride, ...
    int m_anchorStride = 0;
    bool m_byIds = false;
    int m_rowCount = 0;
    bool m_counted = true;
    QHash<int, Page> m_pages;
    quint64 m_clock = 0;
    int m_pagesRead = 0;
};

} // namespace kizuna
