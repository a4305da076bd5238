#pragma once

#include "domain/agendaitem.h"
#include "domain/ownerfilter.h"
#include "domain/personname.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace kizuna {

class Database;

/// The agenda as a two-level tree: five sections (overdue, today, the rest of the week,
/// dropped leads, details to review), each with its count, and their rows below, read a page
/// at a time as the view scrolls: at a million contacts "overdue" can hold 290,000 rows.
/// Rows of dropped leads and of details to review have no follow-up (its id is 0).
class AgendaModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Section
    {
        OverdueSection,
        TodaySection,
        WeekSection,
        DroppedSection,
        ReviewSection,
        SectionCount
    };
    enum Column
    {
        DueColumn,
        ContactColumn,
        CompanyColumn,
        ChannelColumn,
        PurposeColumn,
        StageColumn,
        ScoreColumn,
        LastTouchColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    AgendaModel(const Database &db, const QDate &today, NameOrder order, QObject *parent = nullptr);

    /// Reads the counts again and forgets the rows read so far. Throws StorageError.
    void reload();
    /// Counts the sections the first time (a reset: the headings appear). Until then the
    /// model has no rows, since the details to review are counted over the index of every
    /// active contact, too slow for a page nobody has opened yet; even a hidden tree lays out
    /// its rows. (The dropped leads were too, until schema version 11 gave them their own
    /// index: 21 ms at a million.) A failure is reported through fetchFailed and tried again next
    /// time.
    void ensureCounted();
    bool isCounted() const { return m_loaded; }
    QDate today() const { return m_today; }
    /// Whose follow-ups and leads the sections hold: the user's own and the unassigned ones
    /// until set. Takes effect at the next reload().
    void setOwner(const OwnerFilter &owner) { m_owner = owner; }
    const OwnerFilter &owner() const { return m_owner; }
    qint64 count(Section section) const;
    int loadedCount(Section section) const;
    QModelIndex sectionIndex(Section section) const;
    /// The section a row (or a section heading) belongs to; empty for an invalid index.
    std::optional<Section> sectionOf(const QModelIndex &index) const;
    /// The line at a row; null for a section heading or an invalid index.
    const AgendaItem *itemAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString sectionTitle(Section section);

signals:
    /// A page could not be read; the section stops fetching until the next reload.
    void fetchFailed(const QString &message);

private:
    struct Rows
    {
        qint64 count = 0;
        bool failed = false;
        QList<AgendaItem> items;
    };

    QList<AgendaItem> readPage(Section section, int offset) const;
    QVariant itemData(const AgendaItem &item, int column, int role) const;

    const Database &m_db;
    QDate m_today;
    NameOrder m_order;
    OwnerFilter m_owner;
    std::array<Rows, SectionCount> countSections() const;

    std::array<Rows, SectionCount> m_sections;
    bool m_loaded = false;
};

} // namespace kizuna
