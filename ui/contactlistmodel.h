#pragma once

#include "contactpagecache.h"
#include "domain/contact.h"
#include "domain/personname.h"
#include "storage/contactlistquery.h"

#include <QAbstractTableModel>
#include <QDate>

#include <algorithm>
#include <optional>

namespace kizuna {

class ContactListLoader;
class ContactService;

/// The contact list: every match of the search and filters, as many rows as there are,
/// of which only the pages the view looks at are read (ContactPageCache).
///
/// Search, filters and sorting by any column run in SQL through the service, so a million
/// contacts cost what a few screenfuls do, wherever the view is scrolled to. Both name
/// columns sort by reading (50音順).
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ReadingColumn,
        CompanyColumn,
        TitleColumn,
        StageColumn,
        ScoreColumn,
        NextFollowUpColumn,
        LastTouchColumn,
        SourceColumn,
        EmailColumn,
        PhoneColumn,
        TagsColumn,
        ColumnCount
    };
    /// Carries the contact id in every cell, for selection and actions.
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = ContactPageCache::kPageSize;

    enum class Counting
    {
        Now,  ///< the count is there when the reset ends
        Later ///< the first page is there; a longer list is counted on the worker
    };
    /// Reads the first page, and counts everyone now or (`Later`) on the worker: the window
    /// starts with the first page painted while a million are counted.
    ContactListModel(ContactService &service, NameOrder order, QObject *parent = nullptr,
                     Counting initial = Counting::Now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Sorts in SQL; both name columns sort by reading.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString &text);
    void setStageFilter(std::optional<Stage> stage);
    /// Takes every filter of `filters` (stage, tag, source, without follow-up, guessed
    /// reading); its search text, sort and paging are ignored.
    void setFilters(const ContactListQuery &filters);
    const ContactListQuery &query() const { return m_query; }
    /// Reads the list again (after the data changed): counts anew, rereads pages as shown.
    void reload();
    /// The day overdue follow-ups are measured from.
    void setToday(const QDate &today) { m_today = today; }

    /// The contact in `row`, reading its page if needed; an empty contact (id 0) past the
    /// end or when the page cannot be read.
    Contact contactAt(int row) const;
    qint64 idAt(int row) const;
    /// The row of this contact among the pages held, without reading any.
    std::optional<int> heldRowOf(qint64 contactId) const { return m_cache.heldRowOf(contactId); }
    /// The row of this contact in the list, found in SQL when not held; nullopt when the
    /// search or filters leave them out or the list cannot be read.
    std::optional<int> rowOf(qint64 contactId) const;
    /// Contacts matching the search and filter, counted in SQL; while isCounting(), the
    /// rows read so far.
    qint64 matchCount() const { return m_cache.rowCount(); }
    /// True from a search or filter with more than a page of matches until their count
    /// comes from the worker; the rows grow then (rowsInserted) and countsChanged() follows.
    bool isCounting() const { return !m_cache.isCounted(); }
    /// Every live contact, ignoring search and filter.
    qint64 totalCount() const { return std::max<qint64>(m_totalCount, 0); }
    /// False while everyone is being counted on the worker.
    bool isTotalKnown() const { return m_totalCount >= 0; }
    bool isFiltered() const { return !m_query.search.trimmed().isEmpty() || m_query.hasFilters(); }
    /// True while the worker orders a long list by a column other than the name; the list
    /// shows the same people in reading order meanwhile.
    bool isSorting() const { return m_sorting; }
    /// Lists of more than this many rows in a sort other than by reading are ordered on the
    /// worker; shorter ones at once.
    static constexpr qint64 kOrderedAtOnceAtMost = 20000;
    void setOrderedAtOnceAtMost(qint64 rows) { m_orderedAtOnceAtMost = rows; }
    /// A counted list in reading order longer than `rows` gets anchors every `stride` rows
    /// from the worker (ContactPageCache::setAnchors), so a jump of the scroll bar into its
    /// middle walks a few thousand index entries, not half a million.
    void setAnchoring(int rows, int stride)
    {
        m_anchoredAbove = rows;
        m_anchorStride = stride;
    }
    const ContactPageCache &cache() const { return m_cache; }

    static std::optional<ContactSort> sortOf(int column);

signals:
    /// The match or total count changed (after a reload).
    void countsChanged();
    /// Reading a page failed (the view asked for it while painting, where an exception
    /// cannot go); its rows show empty until the next reload.
    void fetchFailed(const QString &message);

private:
    /// Reads the list again after the query changed; the total count stays.
    void requery(Counting counting);
    /// Starts the list in reading order and asks the worker for the query's own order when
    /// there are too many rows to order at once; returns whether it did.
    bool orderLater();
    void takeCount(quint64 ticket, qint64 count);
    void takeOrder(quint64 ticket, const QList<qint64> &ids);
    void anchorIfLong();
    void takeAnchors(quint64 ticket, const QList<ContactCursor> &anchors);
    void countFailed(quint64 ticket, const QString &message);
    const ContactPageCache::Row *rowAt(int row) const;
    QVariant display(const ContactPageCache::Row &row, int column, int role) const;
    QString phoneOf(const Contact &contact) const;

    ContactService &m_service;
    NameOrder m_order;
    ContactListQuery m_query;
    /// Read on demand from const data(): holding pages is not a change a view can see.
    mutable ContactPageCache m_cache;
    mutable bool m_failed = false;
    qint64 m_totalCount = -1; ///< -1 until counted
    QDate m_today;
    ContactListLoader *m_counter = nullptr;
    bool m_sorting = false;
    qint64 m_orderedAtOnceAtMost = kOrderedAtOnceAtMost;
    int m_anchorStride = ContactPageCache::kAnchorStride;
    int m_anchoredAbove = 20 * ContactPageCache::kAnchorStride;
    /// Everyone's anchors, kept like the total until the data changes.
    QList<ContactCursor> m_everyoneAnchors;
    quint64 m_ticket = 0; ///< the query a count answers; a newer one makes it stale
    /// The request counting everyone, kept for totalCount() even once the list moved on.
    quint64 m_everyoneTicket = 0;
};

} // namespace kizuna
