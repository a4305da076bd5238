#include "contactlistmodel.h"

#include "contacts/contactservice.h"
#include "stagepalette.h"
#include "storage/storageerror.h"

#include <QFont>

namespace kizuna {

ContactListModel::ContactListModel(ContactService &service, NameOrder order, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_order(order)
{
    m_query.limit = kPageSize;
    reload();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Contact &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
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
    if (role == Qt::BackgroundRole && index.column() == StageColumn)
        return StagePalette::background(c.stage);
    if (role == Qt::ForegroundRole && index.column() == ReadingColumn && c.readingGuessed)
        return QColor(0x80, 0x80, 0x80);
    if (role == Qt::FontRole && index.column() == ReadingColumn && c.readingGuessed) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
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

bool ContactListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ContactListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ContactListQuery query = m_query;
    query.after = m_next;
    ContactPage page;
    try {
        page = m_service.page(query);
    } catch (const StorageError &error) {
        // Views call fetchMore from layout and scrolling code; stop asking rather than let
        // the view retry the failing read on every scroll step.
        m_atEnd = true;
        emit fetchFailed(error.message());
        return;
    }
    m_next = page.next;
    m_atEnd = !page.next.has_value();
    if (page.contacts.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.contacts.size()) - 1);
    m_rows.append(std::move(page.contacts));
    endInsertRows();
}

void ContactListModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reload();
}

void ContactListModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage == m_query.stage)
        return;
    m_query.stage = stage;
    reload();
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
    reload();
}

void ContactListModel::reload()
{
    // The first page is read inside the reset, so views never see an empty list in between.
    beginResetModel();
    ContactPage page = m_service.page(m_query);
    m_rows = std::move(page.contacts);
    m_next = page.next;
    m_atEnd = !page.next.has_value();
    m_matchCount = m_service.count(m_query);
    m_totalCount = isFiltered() ? m_service.count({}) : m_matchCount;
    endResetModel();
    emit countsChanged();
}

} // namespace kizuna
