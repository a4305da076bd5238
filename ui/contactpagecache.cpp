#include "contactpagecache.h"

#include "contacts/contactservice.h"

#include <algorithm>
#include <limits>

namespace kizuna {

ContactPageCache::ContactPageCache(const ContactService &service, int pageSize, int maxPages)
    : m_service(service)
    , m_pageSize(std::max(1, pageSize))
    , m_maxPages(std::max(3, maxPages)) // a page and both its neighbours
{}

void ContactPageCache::start(const ContactListQuery &query)
{
    m_query = query;
    m_query.after.reset();
    m_query.backwards = false;
    m_query.offset = 0;
    m_pages.clear();
    m_ids.clear();
    m_anchors.clear();
    m_rowCount = 0;
    m_counted = true;
    m_pagesRead = 0;
    m_byIds = query.sort != ContactSort::Reading;
}

void ContactPageCache::setRowCount(qint64 count)
{
    // A view counts rows in int; two billion business cards are beyond any desk drawer.
    m_rowCount = static_cast<int>(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
}

void ContactPageCache::reset(const ContactListQuery &query)
{
    start(query);
    setRowCount(m_byIds ? (m_ids = m_service.orderedIds(m_query)).size()
                        : m_service.count(m_query));
}

void ContactPageCache::reset(const ContactListQuery &query, qint64 count)
{
    start(query);
    if (m_byIds)
        setRowCount((m_ids = m_service.orderedIds(m_query)).size());
    else
        setRowCount(count);
}

bool ContactPageCache::resetUncounted(const ContactListQuery &query)
{
    start(query);
    if (m_byIds) {
        setRowCount((m_ids = m_service.orderedIds(m_query)).size());
        return true;
    }
    // The first page read with one row more tells whether there is more than a page.
    ContactListQuery first = m_query;
    first.limit = m_pageSize;
    const ContactPage read = m_service.page(first);
    const bool more = read.next.has_value();
    Page page = pageFrom(read, false);
    setRowCount(page.rows.size());
    page.lastUse = ++m_clock;
    m_pages.insert(0, std::move(page));
    ++m_pagesRead;
    m_counted = !more;
    return m_counted;
}

void ContactPageCache::resetOrdered(const ContactListQuery &query, QList<qint64> orderedIds)
{
    start(query);
    m_ids = std::move(orderedIds);
    setRowCount(m_ids.size());
}

void ContactPageCache::setAnchors(int stride, QList<ContactCursor> anchors)
{
    // Anchors count rows ascending; a list read descending keeps to its ends.
    if (stride <= 0 || m_byIds || m_query.descending)
        return;
    m_anchorStride = stride;
    m_anchors = std::move(anchors);
}

void ContactPageCache::setCount(qint64 count)
{
    setRowCount(count);
    m_counted = true;
    // The first page was read before the count: a change between the two leaves it as read,
    // as a list read page by page always is.
}

void ContactPageCache::clear()
{
    m_pages.clear();
}

const ContactPageCache::Row *ContactPageCache::row(int index)
{
    if (index < 0 || index >= m_rowCount)
        return nullptr;
    const int number = index / m_pageSize;
    auto page = m_pages.find(number);
    if (page == m_pages.end()) {
        Page read = readPage(number);
        ++m_pagesRead;
        evictIfFull();
        page = m_pages.insert(number, std::move(read));
    }
    page->lastUse = ++m_clock;
    const int offset = index - number * m_pageSize;
    return offset < page->rows.size() ? &page->rows.at(offset) : nullptr;
}

const ContactPageCache::Row *ContactPageCache::heldRow(int index) const
{
    if (index < 0 || index >= m_rowCount)
        return nullptr;
    const auto page = m_pages.constFind(index / m_pageSize);
    if (page == m_pages.cend())
        return nullptr;
    const int offset = index % m_pageSize;
    return offset < page->rows.size() ? &page->rows.at(offset) : nullptr;
}

std::optional<int> ContactPageCache::heldRowOf(qint64 contactId) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (qsizetype i = 0; i < page->rows.size(); ++i) {
            if (page->rows.at(i).contact.id == contactId)
                return page.key() * m_pageSize + static_cast<int>(i);
        }
    }
    return std::nullopt;
}

std::optional<int> ContactPageCache::rowOf(qint64 contactId) const
{
    if (const std::optional<int> held = heldRowOf(contactId))
        return held;
    if (m_byIds) {
        const qsizetype index = m_ids.indexOf(contactId);
        return index < 0 ? std::nullopt : std::optional<int>(static_cast<int>(index));
    }
    const std::optional<qint64> position = m_service.positionInReadingOrder(m_query, contactId);
    if (!position || *position >= m_rowCount)
        return std::nullopt;
    return static_cast<int>(*position);
}

ContactPageCache::Page ContactPageCache::readPage(int page) const
{
    return m_byIds ? readByIds(page) : readInReadingOrder(page);
}

ContactPageCache::Page ContactPageCache::readByIds(int page) const
{
    const QList<qint64> ids = m_ids.mid(qsizetype(page) * m_pageSize, m_pageSize);
    ContactPage read;
    read.contacts = m_service.findMany(ids);
    return pageFrom(std::move(read), false);
}

ContactPageCache::Page ContactPageCache::readInReadingOrder(int page) const
{
    const int first = page * m_pageSize;
    const int wanted = std::min(m_pageSize, m_rowCount - first);
    ContactListQuery query = m_query;
    query.limit = wanted;
    // A neighbour held gives the cursor: the page is the next rows after it, or before it.
    const auto previous = m_pages.constFind(page - 1);
    if (previous != m_pages.cend() && previous->rows.size() == m_pageSize) {
        query.after = ContactCursor{previous->lastKey, previous->rows.last().contact.id};
        return pageFrom(m_service.page(query), false);
    }
    const auto next = m_pages.constFind(page + 1);
    if (next != m_pages.cend() && !next->rows.isEmpty()) {
        query.after = ContactCursor{next->firstKey, next->rows.first().contact.id};
        query.backwards = true;
        return pageFrom(m_service.page(query), true);
    }
    // Nothing near: skip rows from the nearest of both ends and the anchors, so Ctrl+End
    // costs what Ctrl+Home does and the middle of a million not much more.
    const int fromEnd = m_rowCount - first - wanted;
    const qsizetype anchor =
        m_anchors.isEmpty() ? 0 : std::min<qsizetype>(first / m_anchorStride, m_anchors.size());
    const int fromAnchor = first - static_cast<int>(anchor) * m_anchorStride;
    if (anchor > 0 && fromAnchor < std::min(first, fromEnd)) {
        query.after = m_anchors.at(anchor - 1);
        query.offset = fromAnchor;
        return pageFrom(m_service.page(query), false);
    }
    if (first <= fromEnd) {
        query.offset = first;
        return pageFrom(m_service.page(query), false);
    }
    query.offset = fromEnd;
    query.backwards = true;
    return pageFrom(m_service.page(query), true);
}

ContactPageCache::Page ContactPageCache::pageFrom(ContactPage read, bool reversed) const
{
    if (reversed) {
        std::reverse(read.contacts.begin(), read.contacts.end());
        std::reverse(read.sortKeys.begin(), read.sortKeys.end());
    }
    QList<qint64> ids;
    ids.reserve(read.contacts.size());
    for (const Contact &contact : std::as_const(read.contacts))
        ids.append(contact.id);
    const QHash<qint64, ContactListDates> dates = m_service.listDates(ids);
    Page page;
    page.rows.reserve(read.contacts.size());
    for (Contact &contact : read.contacts) {
        const qint64 id = contact.id;
        page.rows.append(Row{std::move(contact), dates.value(id)});
    }
    if (!read.sortKeys.isEmpty()) {
        page.firstKey = read.sortKeys.first();
        page.lastKey = read.sortKeys.last();
    }
    return page;
}

void ContactPageCache::evictIfFull()
{
    if (m_pages.size() < m_maxPages)
        return;
    auto oldest = m_pages.begin();
    for (auto page = m_pages.begin(); page != m_pages.end(); ++page) {
        if (page->lastUse < oldest->lastUse)
            oldest = page;
    }
    m_pages.erase(oldest);
}

} // namespace kizuna
