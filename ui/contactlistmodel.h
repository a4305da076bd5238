#pragma once

#include "domain/contact.h"
#include "domain/personname.h"
#include "storage/contactlistquery.h"

#include <QAbstractTableModel>

#include <optional>

namespace kizuna {

class ContactService;

/// The contact list, in reading order, fetched a page at a time as the view scrolls.
///
/// Only fetched rows are held; the search text and the stage filter run in SQL through the
/// service, so a million contacts cost what one screenful does. Sorting is by reading, done
/// by the storage layer; the view does not sort.
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
        EmailColumn,
        PhoneColumn,
        TagsColumn,
        ColumnCount
    };
    /// Carries the contact id in every cell, for selection and actions.
    static constexpr int IdRole = Qt::UserRole + 1;

    ContactListModel(ContactService &service, NameOrder order, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setSearch(const QString &text);
    void setStageFilter(std::optional<Stage> stage);
    /// Takes every filter of `filters` (stage, tag, source, without follow-up, guessed
    /// reading); its search text and paging are ignored.
    void setFilters(const ContactListQuery &filters);
    const ContactListQuery &query() const { return m_query; }
    /// Reads the list again from the first page (after the data changed).
    void reload();

    /// The contact shown in `row`; only valid for fetched rows.
    const Contact &contactAt(int row) const { return m_rows.at(row); }
    /// Contacts matching the search and filter, counted in SQL.
    qint64 matchCount() const { return m_matchCount; }
    /// Every live contact, ignoring search and filter.
    qint64 totalCount() const { return m_totalCount; }
    bool isFiltered() const { return !m_query.search.trimmed().isEmpty() || m_query.hasFilters(); }

    /// Rows fetched per page: a few screenfuls.
    static constexpr int kPageSize = 200;

signals:
    /// The match or total count changed (after a reload).
    void countsChanged();
    /// Reading the next page failed (the view asked for it while scrolling, where an
    /// exception cannot go); the list stays as fetched so far until the next reload.
    void fetchFailed(const QString &message);

private:
    QString phoneOf(const Contact &contact) const;

    ContactService &m_service;
    NameOrder m_order;
    ContactListQuery m_query;
    QList<Contact> m_rows;
    std::optional<ContactCursor> m_next;
    bool m_atEnd = true;
    qint64 m_matchCount = 0;
    qint64 m_totalCount = 0;
};

} // namespace kizuna
