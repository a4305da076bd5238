#include "agendamodel.h"

#include "channellabel.h"
#include "nurture/agenda.h"
#include "stagepalette.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "text/dateformat.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace kizuna {

namespace {

// A section heading has internal id 0; a row carries its section + 1.
constexpr quintptr kHeadingId = 0;

AgendaItem itemOf(const Contact &contact)
{
    AgendaItem item;
    item.followUp.contactId = contact.id;
    item.familyName = contact.familyName;
    item.givenName = contact.givenName;
    item.familyKana = contact.familyKana;
    item.givenKana = contact.givenKana;
    item.company = contact.company;
    item.title = contact.title;
    item.phoneWork = contact.phoneWork;
    item.phoneDirect = contact.phoneDirect;
    item.phoneMobile = contact.phoneMobile;
    item.email = contact.email;
    item.stage = contact.stage;
    item.score = contact.score;
    return item;
}

QList<AgendaItem> itemsOf(const QList<Contact> &contacts)
{
    QList<AgendaItem> items;
    items.reserve(contacts.size());
    for (const Contact &contact : contacts)
        items.append(itemOf(contact));
    return items;
}

} // namespace

AgendaModel::AgendaModel(const Database &db, const QDate &today, NameOrder order, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_today(today)
    , m_order(order)
    , m_owner(OwnerFilter::mine(db.userName()))
{}

std::array<AgendaModel::Rows, AgendaModel::SectionCount> AgendaModel::countSections() const
{
    const Agenda agenda(m_db, m_today, m_owner);
    std::array<Rows, SectionCount> sections;
    sections[OverdueSection].count = agenda.overdueCount();
    sections[TodaySection].count = agenda.todayCount();
    // "This week" is the six days after today, so no follow-up shows twice.
    sections[WeekSection].count = agenda.weekCount() - sections[TodaySection].count;
    sections[DroppedSection].count = agenda.droppedCount();
    sections[ReviewSection].count = agenda.reviewCount();
    return sections;
}

void AgendaModel::ensureCounted()
{
    if (m_loaded)
        return;
    std::array<Rows, SectionCount> sections;
    try {
        sections = countSections();
    } catch (const StorageError &error) {
        emit fetchFailed(error.message());
        return;
    }
    beginResetModel();
    m_sections = std::move(sections);
    m_loaded = true;
    endResetModel();
}

void AgendaModel::reload()
{
    // Not counted yet: it is counted as the data is when first shown.
    if (!m_loaded)
        return;
    std::array<Rows, SectionCount> sections = countSections();
    beginResetModel();
    m_sections = std::move(sections);
    endResetModel();
}

QList<AgendaItem> AgendaModel::readPage(Section section, int offset) const
{
    const Agenda agenda(m_db, m_today, m_owner);
    switch (section) {
    case OverdueSection:
        return agenda.overdue(kPageSize, offset);
    case TodaySection:
        return agenda.range(m_today, m_today, kPageSize, offset);
    case WeekSection:
        return agenda.range(m_today.addDays(1), m_today.addDays(6), kPageSize, offset);
    case DroppedSection:
        return itemsOf(agenda.dropped(kPageSize, offset));
    case ReviewSection:
        return itemsOf(agenda.review(kPageSize, offset));
    case SectionCount:
        break;
    }
    return {};
}

qint64 AgendaModel::count(Section section) const
{
    return m_sections[section].count;
}

int AgendaModel::loadedCount(Section section) const
{
    return int(m_sections[section].items.size());
}

QModelIndex AgendaModel::sectionIndex(Section section) const
{
    return index(section, 0);
}

std::optional<AgendaModel::Section> AgendaModel::sectionOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    if (index.internalId() == kHeadingId)
        return static_cast<Section>(index.row());
    return static_cast<Section>(index.internalId() - 1);
}

const AgendaItem *AgendaModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kHeadingId)
        return nullptr;
    const Rows &rows = m_sections[index.internalId() - 1];
    return index.row() < rows.items.size() ? &rows.items[index.row()] : nullptr;
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < rowCount() ? createIndex(row, column, kHeadingId) : QModelIndex();
    if (parent.internalId() != kHeadingId || row >= rowCount(parent))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kHeadingId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kHeadingId);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_loaded ? SectionCount : 0;
    if (parent.internalId() != kHeadingId || parent.column() != 0)
        return 0;
    return loadedCount(static_cast<Section>(parent.row()));
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool AgendaModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_loaded;
    return parent.internalId() == kHeadingId && parent.column() == 0 &&
           m_sections[parent.row()].count > 0;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kHeadingId) {
        if (index.column() != 0)
            return {};
        const auto section = static_cast<Section>(index.row());
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(sectionTitle(section),
                                     QLocale().toString(m_sections[section].count));
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const AgendaItem *item = itemAt(index);
    return item ? itemData(*item, index.column(), role) : QVariant();
}

QVariant AgendaModel::itemData(const AgendaItem &item, int column, int role) const
{
    const bool hasFollowUp = item.followUp.id != 0;
    if (column == StageColumn && role == Qt::BackgroundRole)
        return QBrush(StagePalette::background(item.stage, QPalette()));
    if (column == StageColumn && role == Qt::ForegroundRole)
        return QBrush(StagePalette::foreground(item.stage, QPalette()));
    if (column == ScoreColumn && role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == ContactColumn)
        return displayName(item.familyKana, item.givenKana, m_order);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case DueColumn:
        return hasFollowUp ? DateFormat::dayHeading(item.followUp.dueOn, locale) : QString();
    case ContactColumn:
        return displayName(item.familyName, item.givenName, m_order);
    case CompanyColumn:
        return item.company;
    case ChannelColumn:
        return hasFollowUp ? ChannelLabel::text(item.followUp.channel) : QString();
    case PurposeColumn:
        return item.followUp.purpose;
    case StageColumn:
        return StagePalette::label(item.stage);
    case ScoreColumn:
        return item.score;
    case LastTouchColumn:
        return item.lastTouchAt.isValid() ? DateFormat::shortDate(item.lastTouchAt.date(), locale)
                                          : QString();
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case ContactColumn:
        return tr("Contact");
    case CompanyColumn:
        return tr("Company");
    case ChannelColumn:
        return tr("Channel");
    case PurposeColumn:
        return tr("Purpose");
    case StageColumn:
        return tr("Stage");
    case ScoreColumn:
        return tr("Score");
    case LastTouchColumn:
        return tr("Last touch");
    default:
        return {};
    }
}

bool AgendaModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != kHeadingId)
        return false;
    const Rows &rows = m_sections[parent.row()];
    return !rows.failed && rows.items.size() < rows.count;
}

void AgendaModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto section = static_cast<Section>(parent.row());
    Rows &rows = m_sections[section];
    QList<AgendaItem> page;
    try {
        page = readPage(section, int(rows.items.size()));
    } catch (const StorageError &error) {
        // Views ask again on every scroll step; a failing read is not retried until reload.
        rows.failed = true;
        emit fetchFailed(error.message());
        return;
    }
    if (page.isEmpty()) {
        // Fewer rows than counted (changed since): the count follows what is there.
        rows.count = rows.items.size();
        emit dataChanged(parent, parent);
        return;
    }
    const int first = int(rows.items.size());
    beginInsertRows(parent, first, first + int(page.size()) - 1);
    rows.items.append(std::move(page));
    endInsertRows();
}

QString AgendaModel::sectionTitle(Section section)
{
    switch (section) {
    case OverdueSection:
        return tr("Overdue");
    case TodaySection:
        return tr("Today");
    case WeekSection:
        return tr("This week");
    case DroppedSection:
        return tr("Dropped leads");
    case ReviewSection:
        return tr("Details to review");
    case SectionCount:
        break;
    }
    return {};
}

} // namespace kizuna
