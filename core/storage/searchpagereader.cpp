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

SearchPageReader::SearchPageReader(const Database &db)
    : m_db(db)
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
        const std::optional<qint64> last = matchAt(window.search, lo, page.wanted() + skip);
        const qint64 hi = last ? groupStart(*last) + kGroup : std::numeric_limits<qint64>::max();

        qint64 from = lo;
        if (startsInsideGroup && isCrowded(window, skip, page)) {
            readAlongIndex(window, lo, page);
            from = lo + kGroup;
        }
        const qint64 lastGroup = last ? groupStart(*last) : hi;
        const bool lastCrowded =
            last && from <= lastGroup &&
            isCrowded(window, matchesBetween(window.search, lastGroup, hi), page);
        const qint64 before = lastCrowded ? lastGroup : hi;
        if (from < before && !page.isFull())
            readById(window, from, before, page);
        if (lastCrowded && !page.isFull())
            readAlongIndex(window, lastGroup, page);
        if (!last)
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

std::optional<qint64> SearchPageReader::matchAt(const SearchCondition &search, qint64 from,
                                                qint64 offset) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT rowid FROM contact_search WHERE ") + search.sql() +
                     QStringLiteral(" AND rowid >= ? ORDER BY rowid LIMIT 1 OFFSET ?"));
    search.bind(q);
    q.addBindValue(from);
    q.addBindValue(offset);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

// Reading a group by id costs a seek per match; along the index, a walk over the group's
// index entries (a hundred to a page) and a seek per row of the page. Only a group with a
// few pages' worth of matches is worth the walk.
bool SearchPageReader::isCrowded(const Window &window, qint64 matches, const Page &page) const
{
    return window.readingIndexHolds && matches > std::max(kFewMatches, 2 * page.wanted());
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
