#include "contactlistmodel.h"

#include "contactlistloader.h"
#include "contacts/contactservice.h"
#include "stagepalette.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "text/dateformat.h"
#include "themecolours.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

#include <climits>

namespace kizuna {

ContactListModel::ContactListModel(ContactService &service, NameOrder order, QObject *parent,
                                   Counting initial)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_order(order)
    , m_cache(service)
    , m_today(service.today())
    , m_counter(new ContactListLoader(service.database(), this))
{
    connect(m_counter, &ContactListLoader::counted, this, &ContactListModel::takeCount);
    connect(m_counter, &ContactListLoader::ordered, this, &ContactListModel::takeOrder);
    connect(m_counter, &ContactListLoader::anchored, this, &ContactListModel::takeAnchors);
    connect(m_counter, &ContactListLoader::failed, this, &ContactListModel::countFailed);
    requery(initial);
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_cache.rowCount();
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ContactPageCache::Row *ContactListModel::rowAt(int row) const
{
    if (m_failed)
        return m_cache.heldRow(row);
    try {
        return m_cache.row(row);
    } catch (const StorageError &error) {
        // Views ask for rows while painting; stop reading rather than let every paint
        // retry the failing read. The next reload tries again.
        m_failed = true;
        emit const_cast<ContactListModel *>(this)->fetchFailed(error.message());
        return nullptr;
    }
}

Contact ContactListModel::contactAt(int row) const
{
    const ContactPageCache::Row *found = rowAt(row);
    return found ? found->contact : Contact{};
}

qint64 ContactListModel::idAt(int row) const
{
    const ContactPageCache::Row *found = rowAt(row);
    return found ? found->contact.id : 0;
}

std::optional<int> ContactListModel::rowOf(qint64 contactId) const
{
    try {
        return m_cache.rowOf(contactId);
    } catch (const StorageError &) {
        return std::nullopt;
    }
}

QString ContactListModel::phoneOf(const Contact &contact) const
{
    // The number that reaches the person soonest.
    for (const QString *phone : {&contact.phoneMobile, &contact.phoneDirect, &contact.phoneWork}) {
        if (!phone->isEmpty())
            return *phone;
    }
    return {};
}

QVariant ContactListModel::display(const ContactPageCache::Row &row, int column, int role) const
{
    const Contact &c = row.contact;
    switch (column) {
    case NameColumn:
        return displayName(c, m_order);
    case ReadingColumn:
        if (role == Qt::ToolTipRole && c.readingGuessed)
            return tr("Reading guessed automatically; please confirm it");
        return displayReading(c, m_order);
    case CompanyColumn:
        return c.company;
    case TitleColumn:
        return c.title;
    case StageColumn:
        return StagePalette::label(c.stage);
    case ScoreColumn:
        return c.score;
    case NextFollowUpColumn:
        if (role == Qt::ToolTipRole && row.dates.nextFollowUp.isValid() &&
            row.dates.nextFollowUp < m_today)
            return tr("Overdue since %1")
                .arg(DateFormat::longDate(row.dates.nextFollowUp, QLocale()));
        return DateFormat::shortDate(row.dates.nextFollowUp, QLocale());
    case LastTouchColumn:
        return DateFormat::shortDate(row.dates.lastTouch.date(), QLocale());
    case SourceColumn:
        return c.source;
    case EmailColumn:
        return c.email;
    case PhoneColumn:
        return phoneOf(c);
    case TagsColumn:
        return c.tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cache.rowCount())
        return {};
    const ContactPageCache::Row *row = rowAt(index.row());
    if (!row)
        return {};
    const Contact &c = row->contact;
    switch (role) {
    case IdRole:
        return c.id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(*row, index.column(), role);
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == StageColumn)
            return StagePalette::background(c.stage, QPalette());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StageColumn)
            return StagePalette::foreground(c.stage, QPalette());
        if (index.column() == ReadingColumn && c.readingGuessed)
            return ThemeColours::muted(QPalette());
        if (index.column() == NextFollowUpColumn && row->dates.nextFollowUp.isValid() &&
            row->dates.nextFollowUp < m_today)
            return ThemeColours::negative(QPalette());
        return {};
    case Qt::FontRole:
        if (index.column() == ReadingColumn && c.readingGuessed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == ScoreColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReadingColumn:
        return tr("Reading");
    case CompanyColumn:
        return tr("Company");
    case TitleColumn:
        return tr("Title");
    case StageColumn:
        return tr("Stage");
    case ScoreColumn:
        return tr("Score");
    case NextFollowUpColumn:
        return tr("Next follow-up");
    case LastTouchColumn:
        return tr("Last touch");
    case SourceColumn:
        return tr("Source");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

std::optional<ContactSort> ContactListModel::sortOf(int column)
{
    switch (column) {
    case NameColumn:
    case ReadingColumn:
        return ContactSort::Reading;
    case CompanyColumn:
        return ContactSort::Company;
    case TitleColumn:
        return ContactSort::Title;
    case StageColumn:
        return ContactSort::Stage;
    case ScoreColumn:
        return ContactSort::Score;
    case NextFollowUpColumn:
        return ContactSort::NextFollowUp;
    case LastTouchColumn:
        return ContactSort::LastTouch;
    case SourceColumn:
        return ContactSort::Source;
    case EmailColumn:
        return ContactSort::Email;
    case PhoneColumn:
        return ContactSort::Phone;
    case TagsColumn:
        return ContactSort::Tags;
    default:
        return std::nullopt;
    }
}

void ContactListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<ContactSort> sort = sortOf(column);
    if (!sort)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = *sort;
    m_query.descending = descending;
    requery(Counting::Later);
}

void ContactListModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    requery(Counting::Later);
}

void ContactListModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage == m_query.stage)
        return;
    m_query.stage = stage;
    requery(Counting::Later);
}

void ContactListModel::setFilters(const ContactListQuery &filters)
{
    ContactListQuery query = m_query;
    query.stage = filters.stage;
    query.tag = filters.tag;
    query.source = filters.source;
    query.withoutOpenFollowUp = filters.withoutOpenFollowUp;
    query.readingGuessedOnly = filters.readingGuessedOnly;
    if (query.stage == m_query.stage && query.tag == m_query.tag &&
        query.source == m_query.source &&
        query.withoutOpenFollowUp == m_query.withoutOpenFollowUp &&
        query.readingGuessedOnly == m_query.readingGuessedOnly)
        return;
    m_query = query;
    requery(Counting::Later);
}

void ContactListModel::reload()
{
    m_totalCount = -1;
    m_everyoneTicket = 0; // a count still running saw the data before the change
    m_everyoneAnchors.clear();
    // Counted at once: the window selects the row it showed before, which may be far down.
    requery(Counting::Now);
}

void ContactListModel::requery(Counting counting)
{
    // Counted inside the reset, so views never see a row count that does not hold.
    beginResetModel();
    m_failed = false;
    ++m_ticket;
    // Whatever the worker counts for the list is stale now; a new count is asked below.
    m_counter->cancel();
    m_sorting = false;
    try {
        if (orderLater()) {
            // Shown in reading order until the worker's order comes (takeOrder).
        } else if (!isFiltered() && m_totalCount >= 0) {
            // Back to everyone after a search: counted when the data last changed.
            m_cache.reset(m_query, m_totalCount);
        } else if (counting == Counting::Later) {
            // A keystroke costs the first page; counting a third of a million matches
            // would cost several.
            if (!m_cache.resetUncounted(m_query)) {
                m_counter->count(m_query, m_ticket);
                if (!isFiltered())
                    m_everyoneTicket = m_ticket;
            }
        } else {
            m_cache.reset(m_query);
        }
        // Everyone is counted again only when the data changed: a keystroke in the search
        // field costs the matches alone.
        if (!isFiltered()) {
            if (m_cache.isCounted())
                m_totalCount = m_cache.rowCount();
        } else if (m_totalCount < 0 && m_everyoneTicket == 0) {
            m_totalCount = m_service.count({});
        }
    } catch (const StorageError &) {
        endResetModel();
        emit countsChanged();
        throw;
    }
    endResetModel();
    anchorIfLong();
    emit countsChanged();
}

bool ContactListModel::orderLater()
{
    if (m_query.sort == ContactSort::Reading)
        return false;
    const bool everyoneKnown = !isFiltered() && m_totalCount >= 0;
    const qint64 rows =
        everyoneKnown ? m_totalCount : m_service.countUpTo(m_query, m_orderedAtOnceAtMost + 1);
    if (rows <= m_orderedAtOnceAtMost)
        return false;
    // Ordering a million by score takes seconds; the same people in reading order take a
    // page, and a click on a heading must not freeze the window.
    ContactListQuery inReadingOrder = m_query;
    inReadingOrder.sort = ContactSort::Reading;
    inReadingOrder.descending = false;
    if (everyoneKnown) {
        m_cache.reset(inReadingOrder, m_totalCount);
        // The view stays where it was scrolled to, maybe the middle of a million.
        m_cache.setAnchors(m_anchorStride, m_everyoneAnchors);
    } else
        m_cache.resetUncounted(inReadingOrder);
    m_sorting = true;
    m_counter->order(m_query, m_ticket);
    return true;
}

void ContactListModel::takeOrder(quint64 ticket, const QList<qint64> &ids)
{
    if (ticket != m_ticket || !m_sorting)
        return;
    beginResetModel();
    m_failed = false;
    m_sorting = false;
    m_cache.resetOrdered(m_query, ids);
    if (!isFiltered())
        m_totalCount = ids.size();
    endResetModel();
    emit countsChanged();
}

void ContactListModel::anchorIfLong()
{
    if (m_query.sort != ContactSort::Reading || m_query.descending || !m_cache.isCounted() ||
        m_cache.hasAnchors() || m_cache.rowCount() <= m_anchoredAbove)
        return;
    if (!isFiltered() && !m_everyoneAnchors.isEmpty())
        m_cache.setAnchors(m_anchorStride, m_everyoneAnchors);
    else
        m_counter->anchor(m_query, m_anchorStride, m_ticket);
}

void ContactListModel::takeAnchors(quint64 ticket, const QList<ContactCursor> &anchors)
{
    if (ticket != m_ticket)
        return;
    m_cache.setAnchors(m_anchorStride, anchors);
    if (!isFiltered())
        m_everyoneAnchors = anchors;
}

void ContactListModel::takeCount(quint64 ticket, qint64 count)
{
    if (ticket == m_everyoneTicket) {
        // Everyone, counted at the start: the total holds even if a search came since.
        m_everyoneTicket = 0;
        m_totalCount = count;
        if (ticket != m_ticket)
            emit countsChanged();
    }
    if (ticket != m_ticket || m_cache.isCounted())
        return;
    const int before = m_cache.rowCount();
    const int after = static_cast<int>(std::clamp<qint64>(count, 0, INT_MAX));
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_cache.setCount(after);
        endInsertRows();
    } else if (after < before) {
        // Contacts left the list between the first page and the count.
        beginRemoveRows({}, after, before - 1);
        m_cache.setCount(after);
        endRemoveRows();
    } else {
        m_cache.setCount(after);
    }
    if (!isFiltered())
        m_totalCount = count;
    anchorIfLong();
    emit countsChanged();
}

void ContactListModel::countFailed(quint64 ticket, const QString &message)
{
    if (ticket == m_everyoneTicket)
        m_everyoneTicket = 0;
    if (ticket == m_ticket && m_sorting) {
        // The list stays in reading order; the heading's order waits for the next reload.
        m_sorting = false;
        if (!m_cache.isCounted())
            m_cache.setCount(m_cache.rowCount());
        emit countsChanged();
        emit fetchFailed(message);
        return;
    }
    if (ticket != m_ticket || m_cache.isCounted())
        return;
    // The rows read stay; the rest of the list waits for the next reload.
    m_cache.setCount(m_cache.rowCount());
    emit countsChanged();
    emit fetchFailed(message);
}

} // namespace kizuna
