#include "searchpagereader.h"

#include "database.h"
#include "search/searchquery.h"
#include "search/sortkey.h"
#include "sqldialect.h"
#include "sqlvalues.h"

#include <QVariant>

#include <algorithm>

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
    // A kept statement left open would hold SQLite's read snapshot until its next use.
    q.finish();
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

    /// Binds the cursor and the rows still wanted, the statement's last values, and reads.
    void readWith(const Database &db, QSqlQuery &q)
    {
        // A null QString binds as SQL NULL, and every comparison with NULL is false.
        q.addBindValue(after.sortKey.isNull() ? QStringLiteral("") : after.sortKey);
        q.addBindValue(after.id);
        q.addBindValue(wanted());
        db.exec(q);
        append(q);
        q.finish();
    }
};

struct SearchPageReader::Window
{
    SearchCondition search;
    contactrows::Filter filter;
    bool readingIndexHolds = false; ///< the reading index covers the rows (not the trash)
};

SearchPageReader::SearchPageReader(const Database &db, qint64 leadWalk)
    : m_db(db)
    , m_leadWalk(leadWalk)
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
        const Matches cursorGroup =
            startsInsideGroup ? matchesBetween(window.search, lo, lo + kGroup) : Matches{};
        const qint64 needed = page.wanted() + cursorGroup.count;
        const QList<qint64> found = matchesFrom(window.search, lo, needed + 1);
        if (found.isEmpty())
            break;
        // Fewer than asked for are all there are: the window ends after the last of them.
        const bool exhausted = found.size() <= needed;
        const qint64 last = exhausted ? found.last() : found.at(needed);
        const qint64 hi = groupStart(last) + kGroup;

        qint64 from = lo;
        if (startsInsideGroup && readsAlongIndex(window) && isCrowded(cursorGroup.count, page)) {
            readAlongIndex(window, lo, cursorGroup, page);
            from = lo + kGroup;
        }
        // Nothing matches before the first match's group; a window that starts there keeps a
        // server from walking the rows in between.
        from = std::max(from, groupStart(found.first()));
        const qint64 lastGroup = groupStart(last);
        const qint64 foundInLast =
            found.cend() - std::lower_bound(found.cbegin(), found.cend(), lastGroup);
        // A server asks for the last group's matches only when those found say it may be
        // crowded: it is one more statement over the network for every page.
        const Matches inLast = from <= lastGroup && readsAlongIndex(window) &&
                                       (!m_db.isServer() || foundInLast >= kFewMatches / 2)
                                   ? matchesBetween(window.search, lastGroup, hi)
                                   : Matches{};
        const bool lastCrowded = isCrowded(inLast.count, page);
        const qint64 before = lastCrowded ? lastGroup : hi;
        if (from < before && !page.isFull()) {
            if (m_db.isServer() && !window.search.leadIsExact())
                readIds(window, windowIds(window.search, found, from, before, exhausted, inLast),
                        page);
            else
                readById(window, from, before, page);
        }
        if (lastCrowded && !page.isFull())
            readAlongIndex(window, lastGroup, inLast, page);
        if (exhausted)
            break;
        // Filters kept fewer rows than the window held: go on past it.
        lo = hi;
        startsInsideGroup = false;
    }

    return contactrows::pageOf(std::move(page.rows), std::move(page.keys), page.limit);
}

// A server reads the ids themselves: a crowded group's walk along the reading index takes
// them as one array, and they cost no more than counting them.
SearchPageReader::Matches SearchPageReader::matchesBetween(const SearchCondition &search,
                                                           qint64 from, qint64 before) const
{
    const bool ids = m_db.isServer();
    const QString sql =
        (ids ? QStringLiteral("SELECT ") + search.rangeRowid() + QStringLiteral(" & ?")
             : QStringLiteral("SELECT count(*)")) +
        QStringLiteral(" FROM ") + search.rangeSource() + QStringLiteral(" AND ") +
        search.rangeRowid() + QStringLiteral(" >= ? AND ") + search.rangeRowid() +
        QStringLiteral(" < ?");
    // One word's range is planned alike whatever the word (see collectMatches).
    QSqlQuery fresh;
    QSqlQuery &q =
        search.besideLead().isEmpty() ? m_db.statement(sql) : (fresh = m_db.prepare(sql));
    if (ids)
        q.addBindValue(SortKey::kIdMask);
    search.bindRange(q);
    q.addBindValue(from);
    q.addBindValue(before);
    Matches matches;
    if (ids) {
        appendRowids(m_db, q, matches.ids);
        matches.count = matches.ids.size();
        return matches;
    }
    m_db.exec(q);
    matches.count = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return matches;
}

// FTS5 reads a word's posting list in rowid order and stops after `count`; so does a server
// along the leading gram's postings, when they are all matches that the grams beside them
// confirm.
QList<qint64> SearchPageReader::matchesFrom(const SearchCondition &search, qint64 from,
                                            qint64 count) const
{
    if (!search.lead().isEmpty() && !search.leadIsExact())
        return hopThenCollect(search, from, count);
    QList<qint64> rowids;
    collectMatches(search, from, count, search.rowid(), rowids);
    return rowids;
}

// A long word may be rare while every gram of it is common: 560, 604 and 045 are in many
// phone numbers, 56045 in a few; and a gram's postings lie together where a family name does
// (aok: every 青木 comes early, naoki's matches all along). Walking one gram's postings would
// check every 青木 before the first naoki. The walk leapfrogs instead, as FTS5 intersects its
// posting lists: from the leading gram's next posting it seeks the partner's first posting
// at or after it, and from there the lead's again, so that a stretch where only one of them
// is posted costs a seek. A match is where both stand on one rowid and the rest confirm it.
// After `m_leadWalk` hops, what lies past is gathered through the trigram index, which hands
// over a rare word's few matches at once, and sorted.
QList<qint64> SearchPageReader::hopThenCollect(const SearchCondition &search, qint64 from,
                                               qint64 count) const
{
    QList<qint64> rowids;
    const std::optional<qint64> stopped = hop(search, from, count, rowids);
    if (!stopped || rowids.size() >= count)
        return rowids;
    // `+ 0` keeps the planner off the primary key's order, which would be a walk again.
    collectMatches(search, *stopped + 1, count - rowids.size(),
                   search.rowid() + QStringLiteral(" + 0"), rowids);
    return rowids;
}

// Each row of the recursion is one posting of the lead and the partner's first posting at or
// after it; PostgreSQL runs a recursion only as far as its rows are fetched, so the LIMIT
// ends the walk. Rows come out in rowid order, one a hop.
std::optional<qint64> SearchPageReader::hop(const SearchCondition &search, qint64 from,
                                            qint64 count, QList<qint64> &rowids) const
{
    // A bound gram's first posting at or after `at`, an SQL expression.
    const auto next = [](const QString &at) -> QString {
        return QStringLiteral("(SELECT rowid FROM search_postings WHERE gram = ? AND ") + at +
               QStringLiteral(" <= rowid ORDER BY rowid LIMIT 1)");
    };
    QSqlQuery &q = m_db.statement(
        QStringLiteral("WITH RECURSIVE hop(rowid, partner, hops) AS (SELECT l.rowid, ") +
        next(QStringLiteral("l.rowid")) + QStringLiteral(", 1 FROM ") + next(QStringLiteral("?")) +
        QStringLiteral(" AS l(rowid) WHERE l.rowid IS NOT NULL "
                       "UNION ALL SELECT l.rowid, ") +
        next(QStringLiteral("l.rowid")) +
        QStringLiteral(", h.hops + 1 FROM hop h CROSS JOIN LATERAL ") +
        next(QStringLiteral("CASE WHEN h.partner = h.rowid THEN h.rowid + 1 "
                            "ELSE h.partner END")) +
        QStringLiteral(" AS l(rowid) WHERE l.rowid IS NOT NULL AND h.partner IS NOT NULL "
                       "AND h.hops < ?) "
                       "SELECT q.rowid, q.hit, q.hops FROM (SELECT p.rowid, p.hops, "
                       "(p.partner = p.rowid") +
        search.besideLead() +
        QStringLiteral(") AS hit FROM hop p) AS q WHERE q.hit OR q.hops >= ? LIMIT ?"));
    q.addBindValue(search.partner());
    q.addBindValue(search.lead());
    q.addBindValue(from);
    q.addBindValue(search.partner());
    q.addBindValue(search.lead());
    q.addBindValue(m_leadWalk);
    search.bindBesideLead(q);
    q.addBindValue(m_leadWalk);
    q.addBindValue(count);
    m_db.exec(q);
    std::optional<qint64> stopped;
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        if (q.value(1).toBool())
            rowids.append(rowid);
        if (q.value(2).toLongLong() >= m_leadWalk)
            stopped = rowid;
    }
    q.finish();
    return stopped;
}

void SearchPageReader::collectMatches(const SearchCondition &search, qint64 start, qint64 count,
                                      const QString &order, QList<qint64> &rowids) const
{
    // Kept prepared only where every execution is planned alike: one word's postings, or
    // FTS5, in rowid order. A plan made once for any value (PostgreSQL's generic plan after
    // five executions) walked every row past the cursor for a long word's LIKE: 45 ms each.
    const QString sql = QStringLiteral("SELECT ") + search.rowid() + QStringLiteral(" FROM ") +
                        search.source() + QStringLiteral(" AND ") + search.rowid() +
                        QStringLiteral(" >= ? ORDER BY ") + order + QStringLiteral(" LIMIT ?");
    QSqlQuery fresh;
    const bool planAlike = order == search.rowid() && search.besideLead().isEmpty();
    QSqlQuery &q = planAlike ? m_db.statement(sql) : (fresh = m_db.prepare(sql));
    search.bind(q);
    q.addBindValue(start);
    q.addBindValue(count);
    appendRowids(m_db, q, rowids);
}

// Reading a group by id costs a seek per match; along the index, a walk over the group's
// index entries (a hundred to a page) and a seek per row of the page. Only a group with a
// few pages' worth of matches is worth the walk. The trash is not in the reading index.
bool SearchPageReader::readsAlongIndex(const Window &window) const
{
    return window.readingIndexHolds;
}

// A server joins each row's company and source before it sorts: for a window of 1,657
// matches, where it expected 4, it compared each with all 600 companies (30 ms). The page's
// rows are chosen first, in a subquery the planner keeps whole for its LIMIT, and only they
// are joined.
QString SearchPageReader::pageSql(const QString &where) const
{
    if (!m_db.isServer())
        return contactrows::selectSql(m_db) + where +
               QStringLiteral(" ORDER BY c.sort_key, c.id LIMIT ?");
    return contactrows::selectSql(m_db,
                                  QStringLiteral("(SELECT * FROM contacts c ") + where +
                                      QStringLiteral(" ORDER BY c.sort_key, c.id LIMIT ?) c")) +
           QStringLiteral("ORDER BY c.sort_key, c.id");
}

bool SearchPageReader::isCrowded(qint64 matches, const Page &page)
{
    return matches > std::max(kFewMatches, 2 * page.wanted());
}

void SearchPageReader::readById(const Window &window, qint64 from, qint64 before, Page &page) const
{
    readMatches(window, from, before, std::nullopt, page);
}

// Finding a long word's matches again costs a LIKE for each posting of its leading gram in
// the window (25 ms for 56045, whose few matches lie far apart). They were found once: the
// window's matches are those, with those of its last group past them.
QList<qint64> SearchPageReader::windowIds(const SearchCondition &search, const QList<qint64> &found,
                                          qint64 from, qint64 before, bool exhausted,
                                          const Matches &inLast) const
{
    QList<qint64> ids;
    for (qint64 rowid : found) {
        if (rowid >= from && rowid < before)
            ids.append(rowid & SortKey::kIdMask);
    }
    if (!exhausted && before > found.last())
        ids += inLast.count > 0 ? inLast.ids : matchesBetween(search, found.last() + 1, before).ids;
    return ids;
}

void SearchPageReader::readIds(const Window &window, const QList<qint64> &ids, Page &page) const
{
    QSqlQuery &q = m_db.statement(pageSql(QStringLiteral("WHERE c.id = ANY(CAST(? AS BIGINT[]))") +
                                          window.filter.sql +
                                          QStringLiteral(" AND (c.sort_key, c.id) > (?, ?)")));
    q.setForwardOnly(true);
    q.addBindValue(sql::bigintArray(ids));
    contactrows::bindAll(q, window.filter.values);
    page.readWith(m_db, q);
}

void SearchPageReader::readAlongIndex(const Window &window, qint64 group, const Matches &matches,
                                      Page &page) const
{
    const SortKey::KeyRange keys = SortKey::keysOf(SortKey::digestOf(group));
    if (m_db.isServer())
        readAlongIndexOnServer(window, keys, matches.ids, page);
    else
        readMatches(window, group, group + kGroup, keys, page);
}

// A server estimates one match in any group, and walking the reading index against the
// matches as a subquery it compared each entry with every match in turn (980,196
// comparisons for 51 rows of 口陽, 65 ms). Bound as one array, the group's matches are a
// hash table that each entry is looked up in. The cursor's row comparison stays out of the
// index condition (`|| ''`): as one, PostgreSQL started the walk at the cursor's key, the
// empty one on a first page, and read the index from its beginning. The statement stays
// prepared, a round trip less each way; `+ 0` keeps a plan made for any array (PostgreSQL's
// generic plan) off the primary key, which read every match of the group (4.3 ms for 308).
void SearchPageReader::readAlongIndexOnServer(const Window &window, const SortKey::KeyRange &keys,
                                              const QList<qint64> &matches, Page &page) const
{
    QSqlQuery &q = m_db.statement(
        pageSql(QStringLiteral("WHERE c.sort_key >= ?") +
                (keys.before ? QStringLiteral(" AND c.sort_key < ?") : QString()) +
                QStringLiteral(" AND c.id + 0 = ANY(CAST(? AS BIGINT[]))") + window.filter.sql +
                QStringLiteral(" AND (c.sort_key || '', c.id) > (?, ?)")));
    q.setForwardOnly(true);
    q.addBindValue(keys.from);
    if (keys.before)
        q.addBindValue(*keys.before);
    q.addBindValue(sql::bigintArray(matches));
    contactrows::bindAll(q, window.filter.values);
    page.readWith(m_db, q);
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
    where += QStringLiteral("(SELECT ") + window.search.rangeRowid() +
             QStringLiteral(" & ? FROM ") + window.search.rangeSource() + QStringLiteral(" AND ") +
             window.search.rangeRowid() + QStringLiteral(" >= ? AND ") +
             window.search.rangeRowid() + QStringLiteral(" < ?)") + window.filter.sql +
             QStringLiteral(" AND (c.sort_key, c.id) > (?, ?)");
    const QString sql =
        keys ? contactrows::selectSql(m_db,
                                      sqldialect::indexed(m_db, QStringLiteral("contacts c"),
                                                          QStringLiteral("contacts_by_reading"))) +
                   where + QStringLiteral(" ORDER BY c.sort_key, c.id LIMIT ?")
             : pageSql(where);
    // By id, one word's window is planned alike whatever the word: kept prepared (see
    // collectMatches).
    const bool planAlike = !keys && window.search.besideLead().isEmpty();
    QSqlQuery fresh;
    QSqlQuery &q = planAlike ? m_db.statement(sql) : (fresh = m_db.prepare(sql));
    q.setForwardOnly(true);
    if (keys) {
        q.addBindValue(keys->from);
        if (keys->before)
            q.addBindValue(*keys->before);
    }
    q.addBindValue(SortKey::kIdMask);
    window.search.bindRange(q);
    q.addBindValue(from);
    q.addBindValue(before);
    contactrows::bindAll(q, window.filter.values);
    page.readWith(m_db, q);
}

} // namespace kizuna
