#include "searchpagereader.h"

#include "database.h"
#include "search/searchquery.h"
#include "search/sortkey.h"
#include "sqldialect.h"

#include <QVariant>

#include <algorithm>
#include <limits>

namespace kizuna {

namespace {

constexpr qint64 kGroup = qint64(1) << SortKey::kIdBits; // the rowids of one digest
// Below this many matches a group is read by id whatever the page needs.
constexpr qint64 kFewMatches = 64;

qint64 groupStart(qint64 rowid)
{
    return SortKey::digestOf(rowid) << SortKey::kIdBits;
}

void appendRowids(const Database &db, QSqlQuery &q, QList<qint64> &rowids)
{
    q.setForwardOnly(true);
    db.exec(q);
    while (q.next())
        rowids.append(q.value(0).toLongLong());
}

} // namespace

struct SearchPageReader::Page
{
    int limit = 0;
    ContactCursor after;
    QList<Contact> rows;
    QList<QString> keys;

    /// One row more than the page, to know whether another follows.
    qint64 wanted() const { return limit + 1 - rows.size(); }
    bool isFull() const { return wanted() <= 0; }

    void append(QSqlQuery &q)
    {
        while (q.next()) {
            rows.append(contactrows::contactFrom(q));
            keys.append(q.value(contactrows::kSortKeyColumn).toString());
        }
        if (!rows.isEmpty())
            after = ContactCursor{keys.last(), rows.last().id};
    }
};

struct SearchPageReader::Window
{
    SearchCondition search;
    contactrows::Filter filter;
    bool readingIndexHolds = false; ///< the reading index covers the rows (not the trash)
};

SearchPageReader::SearchPageReader(const Database &db, qint64 serverWalk)
    : m_db(db)
    , m_serverWalk(serverWalk)
{}

ContactPage SearchPageReader::read(const ContactListQuery &query) const
{
    const Window window{SearchCondition(m_db, SearchQuery(query.search)),
                        contactrows::filterOf(m_db, query), !query.inTrash};
    Page page;
    page.limit = query.limit;
    page.after = query.after.value_or(ContactCursor{});
    qint64 lo = query.after ? SortKey::digest(page.after.sortKey) << SortKey::kIdBits : 0;
    bool startsInsideGroup = query.after.has_value();

    while (!page.isFull()) {
        // Matches of the cursor's group up to the cursor come out of the index too: the
        // window must reach that many further.
        const qint64 skip = startsInsideGroup ? matchesBetween(window.search, lo, lo + kGroup) : 0;
        const qint64 needed = page.wanted() + skip;
        const QList<qint64> found = matchesFrom(window.search, lo, needed + 1);
        if (found.isEmpty())
            break;
        // Fewer than asked for are all there are: the window ends after the last of them.
        const bool exhausted = found.size() <= needed;
        const qint64 last = exhausted ? found.last() : found.at(needed);
        const qint64 hi = groupStart(last) + kGroup;

        qint64 from = lo;
        if (startsInsideGroup && isCrowded(window, skip, page)) {
            readAlongIndex(window, lo, page);
            from = lo + kGroup;
        }
        // Nothing matches before the first match's group; a window that starts there keeps a
        // server from walking the rows in between.
        from = std::max(from, groupStart(found.first()));
        const qint64 lastGroup = groupStart(last);
        const bool lastCrowded =
            from <= lastGroup &&
            isCrowded(window, matchesBetween(window.search, lastGroup, hi), page);
        const qint64 before = lastCrowded ? lastGroup : hi;
        if (from < before && !page.isFull())
            readById(window, from, before, page);
        if (lastCrowded && !page.isFull())
            readAlongIndex(window, lastGroup, page);
        if (exhausted)
            break;
        // Filters kept fewer rows than the window held: go on past it.
        lo = hi;
        startsInsideGroup = false;
    }

    return contactrows::pageOf(std::move(page.rows), std::move(page.keys), page.limit);
}

qint64 SearchPageReader::matchesBetween(const SearchCondition &search, qint64 from,
                                        qint64 before) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM contact_search WHERE ") +
                               search.sql() + QStringLiteral(" AND rowid >= ? AND rowid < ?"));
    search.bind(q);
    q.addBindValue(from);
    q.addBindValue(before);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> SearchPageReader::matchesFrom(const SearchCondition &search, qint64 from,
                                            qint64 count) const
{
    if (m_db.isServer())
        return serverMatchesFrom(search, from, count);
    QList<qint64> rowids;
    collectMatches(search, from, count, QStringLiteral("rowid"), rowids);
    return rowids;
}

// FTS5 reads a word's posting list in rowid order and stops after `count`. A server's GIN
// index has no order: PostgreSQL either walks the primary key testing each row, or collects
// every match and sorts them. The walk suits a common word (`ta` is in a third of everyone);
// for 山田 it read 89,636 of 100,000 rows to find 52, because rowids follow the reading and
// every 山田 sits together far along. So walk a short stretch first; when it found some,
// walk on as far as their density says the rest lie, if that is not far; and collect and
// sort only what lies past the walk, which is then a rare word's few matches, or a word
// that is common only somewhere else.
QList<qint64> SearchPageReader::serverMatchesFrom(const SearchCondition &search, qint64 from,
                                                  qint64 count) const
{
    constexpr qint64 kFurthestWalk = 8; // stretches of the first one's length
    QList<qint64> rowids;
    qint64 start = from;
    qint64 walked = 0;
    qint64 stretch = m_serverWalk;
    for (int round = 0; round < 2; ++round) {
        walkStretch(search, start, stretch, count - rowids.size(), rowids);
        if (rowids.size() >= count)
            return rowids;
        const std::optional<qint64> end = rowidAt(start, stretch - 1);
        if (!end)
            return rowids; // the walk reached the end of the index
        start = *end + 1;
        walked += stretch;
        if (rowids.isEmpty())
            break;
        // Where the rest should lie at the density seen so far, with room to spare.
        stretch = 2 * (count - rowids.size()) * walked / rowids.size();
        if (stretch > kFurthestWalk * m_serverWalk)
            break;
        stretch = std::max(stretch, m_serverWalk);
    }

    // `rowid + 0` keeps the planner off the primary key's order, which would be the walk again.
    collectMatches(search, start, count - rowids.size(), QStringLiteral("rowid + 0"), rowids);
    return rowids;
}

void SearchPageReader::collectMatches(const SearchCondition &search, qint64 start, qint64 count,
                                      const QString &order, QList<qint64> &rowids) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT rowid FROM contact_search WHERE ") +
                               search.sql() + QStringLiteral(" AND rowid >= ? ORDER BY ") + order +
                               QStringLiteral(" LIMIT ?"));
    search.bind(q);
    q.addBindValue(start);
    q.addBindValue(count);
    appendRowids(m_db, q, rowids);
}

void SearchPageReader::walkStretch(const SearchCondition &search, qint64 start, qint64 length,
                                   qint64 count, QList<qint64> &rowids) const
{
    // The LIMIT inside keeps the condition out of the walk: it cannot be pushed below it.
    QSqlQuery walk = m_db.prepare(
        QStringLiteral("SELECT rowid FROM (SELECT * FROM contact_search WHERE rowid >= ? "
                       "ORDER BY rowid LIMIT ?) AS contact_search WHERE ") +
        search.sql() + QStringLiteral(" ORDER BY rowid LIMIT ?"));
    walk.addBindValue(start);
    walk.addBindValue(length);
    search.bind(walk);
    walk.addBindValue(count);
    appendRowids(m_db, walk, rowids);
}

std::optional<qint64> SearchPageReader::rowidAt(qint64 start, qint64 offset) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT rowid FROM contact_search WHERE rowid >= ? ORDER BY rowid LIMIT 1 OFFSET ?"));
    q.addBindValue(start);
    q.addBindValue(offset);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

// Reading a group by id costs a seek per match; along the index, a walk over the group's
// index entries (a hundred to a page) and a seek per row of the page. Only a group with a
// few pages' worth of matches is worth the walk. A server has its tables in memory, where a
// seek costs little, and estimates one match in any group: it compared each entry of the
// walk with every match in turn (980,196 comparisons for 51 rows of 口陽, 65 ms, against
// 13 ms by id), so a server always reads by id.
bool SearchPageReader::isCrowded(const Window &window, qint64 matches, const Page &page) const
{
    return window.readingIndexHolds && !m_db.isServer() &&
           matches > std::max(kFewMatches, 2 * page.wanted());
}

void SearchPageReader::readById(const Window &window, qint64 from, qint64 before, Page &page) const
{
    readMatches(window, from, before, std::nullopt, page);
}

void SearchPageReader::readAlongIndex(const Window &window, qint64 group, Page &page) const
{
    readMatches(window, group, group + kGroup, SortKey::keysOf(SortKey::digestOf(group)), page);
}

void SearchPageReader::readMatches(const Window &window, qint64 from, qint64 before,
                                   const std::optional<SortKey::KeyRange> &keys, Page &page) const
{
    // Along the index, the unary + keeps the planner from reading the matches by id: the walk
    // goes over the group's keys, checking each entry's id against the matches.
    QString where = QStringLiteral("WHERE c.id IN ");
    if (keys) {
        where = QStringLiteral("WHERE c.sort_key >= ?") +
                (keys->before ? QStringLiteral(" AND c.sort_key < ?") : QString()) +
                QStringLiteral(" AND +c.id IN ");
    }
    QSqlQuery q = m_db.prepare(
        (keys ? contactrows::selectSql(m_db,
                                       sqldialect::indexed(m_db, QStringLiteral("contacts c"),
                                                           QStringLiteral("contacts_by_reading")))
              : contactrows::selectSql(m_db)) +
        where + QStringLiteral("(SELECT rowid & ? FROM contact_search WHERE ") +
        window.search.sql() + QStringLiteral(" AND rowid >= ? AND rowid < ?)") + window.filter.sql +
        QStringLiteral(" AND (c.sort_key, c.id) > (?, ?) ORDER BY c.sort_key, c.id LIMIT ?"));
    q.setForwardOnly(true);
    if (keys) {
        q.addBindValue(keys->from);
        if (keys->before)
            q.addBindValue(*keys->before);
    }
    q.addBindValue(SortKey::kIdMask);
    window.search.bind(q);
    q.addBindValue(from);
    q.addBindValue(before);
    contactrows::bindAll(q, window.filter.values);
    // A null QString binds as SQL NULL, and every comparison with NULL is false.
    q.addBindValue(page.after.sortKey.isNull() ? QStringLiteral("") : page.after.sortKey);
    q.addBindValue(page.after.id);
    q.addBindValue(page.wanted());
    m_db.exec(q);
    page.append(q);
}

} // namespace kizuna
