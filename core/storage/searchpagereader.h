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
    /// Hops along a long word's leading postings that a server takes before it gathers the
    /// rest of the word's matches (see hopThenCollect); a test makes it small to reach both.
    static constexpr qint64 kLeadWalk = 256;

    explicit SearchPageReader(const Database &db, qint64 leadWalk = kLeadWalk);

    ContactPage read(const ContactListQuery &query) const;

private:
    struct Page;
    struct Window;

    /// The matches of a range of rowids: how many, and on a server their contact ids.
    struct Matches
    {
        qint64 count = 0;
        QList<qint64> ids;
    };
    Matches matchesBetween(const SearchCondition &search, qint64 from, qint64 before) const;
    /// The rowids of the first `count` matches from `from` on, in order; fewer when there
    /// are no more.
    QList<qint64> matchesFrom(const SearchCondition &search, qint64 from, qint64 count) const;
    /// matchesFrom() on a server for a word longer than its posted grams (five characters).
    QList<qint64> hopThenCollect(const SearchCondition &search, qint64 from, qint64 count) const;
    /// Appends the matches met in up to m_leadWalk hops along the leading gram's postings
    /// from `from`, at most `count`; returns the rowid where the hops ran out, or none when
    /// the postings ended or `count` were found first.
    std::optional<qint64> hop(const SearchCondition &search, qint64 from, qint64 count,
                              QList<qint64> &rowids) const;
    /// Appends up to `count` matches from rowid `start` on, in rowid order, sorting by `order`.
    void collectMatches(const SearchCondition &search, qint64 start, qint64 count,
                        const QString &order, QList<qint64> &rowids) const;
    /// The window's matches read by id, sorted, after the cursor.
    void readById(const Window &window, qint64 from, qint64 before, Page &page) const;
    /// On a server, the contact ids of a long word's matches in the window [from, before):
    /// those `found`, and the rest of the last group's (`inLast` when it was read).
    QList<qint64> windowIds(const SearchCondition &search, const QList<qint64> &found, qint64 from,
                            qint64 before, bool exhausted, const Matches &inLast) const;
    /// The contacts `ids`, sorted, after the cursor.
    void readIds(const Window &window, const QList<qint64> &ids, Page &page) const;
    /// One group's matches read along the reading index, after the cursor.
    void readAlongIndex(const Window &window, qint64 group, const Matches &matches,
                        Page &page) const;
    void readAlongIndexOnServer(const Window &window, const SortKey::KeyRange &keys,
                                const QList<qint64> &matches, Page &page) const;
    /// The statement of a page: the rows that meet `where` ("WHERE …" over contacts c), in
    /// reading order, up to a bound LIMIT.
    QString pageSql(const QString &where) const;
    void readMatches(const Window &window, qint64 from, qint64 before,
                     const std::optional<SortKey::KeyRange> &keys, Page &page) const;
    /// Whether a crowded group may be read along the reading index (see isCrowded).
    bool readsAlongIndex(const Window &window) const;
    static bool isCrowded(qint64 matches, const Page &page);

    const Database &m_db;
    qint64 m_leadWalk;
};

} // namespace kizuna
