#pragma once

#include "contactlistquery.h"
#include "contactrows.h"
#include "search/sortkey.h"
#include "searchcondition.h"

#include <QString>

#include <optional>

namespace kizuna {

class Database;

/// A page of a search's matches in reading order, forwards from the start or from a cursor.
///
/// The search index keeps its documents under rowids that begin with a digest of the sort key
/// (SortKey), so matches come out of it grouped in reading order. A window of rowids that
/// ends on a group boundary and holds enough matches contains the next page exactly; only
/// that window is read and sorted by the full key, so a search matching half the database
/// costs about as much as one matching a screenful.
///
/// A window's first and last groups may hold far more matches than the page needs (every
/// 木村健太 of a large database shares one group). Reading each of them by id costs a seek
/// into the contacts table apiece, a disk read when the file is not cached; such a group is
/// read along the reading index instead, over its key range, stopping after the page.
class SearchPageReader final
{
public:
    explicit SearchPageReader(const Database &db);

    ContactPage read(const ContactListQuery &query) const;

private:
    struct Page;
    struct Window;

    qint64 matchesBetween(const SearchCondition &search, qint64 from, qint64 before) const;
    /// The rowid `offset` matches after `from`, or nullopt when there are not that many.
    std::optional<qint64> matchAt(const SearchCondition &search, qint64 from, qint64 offset) const;
    /// The window's matches read by id, sorted, after the cursor.
    void readById(const Window &window, qint64 from, qint64 before, Page &page) const;
    /// One group's matches read along the reading index, after the cursor.
    void readAlongIndex(const Window &window, qint64 group, Page &page) const;
    void readMatches(const Window &window, qint64 from, qint64 before,
                     const std::optional<SortKey::KeyRange> &keys, Page &page) const;
    bool isCrowded(const Window &window, qint64 matches, const Page &page) const;

    const Database &m_db;
};

} // namespace kizuna
