#pragma once

#include "contactlistquery.h"
#include "domain/contact.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace kizuna {

class Database;

/// What the contact list shows of a person besides their card: when they are next to be
/// contacted and when they last were.
struct ContactListDates
{
    QDate nextFollowUp;  ///< the earliest open follow-up; invalid when none is planned
    QDateTime lastTouch; ///< the latest logged touch, local time; invalid when never
};

/// The contact list's reads beyond paging in reading order (ContactRepository::page): the
/// order of any other sort, the rows of a page by id, and the dates a row shows.
///
/// A sort by anything but the reading orders every match once, in SQL, into a list of ids
/// (8 bytes a contact); the list then reads its pages by id. The dates come from the indexes
/// on follow-ups and touches by contact, one seek each, so a page of 200 costs 400 seeks.
class ContactListRepository final
{
public:
    explicit ContactListRepository(const Database &db);

    /// The ids of every contact the query matches (its search and filters), in the query's
    /// sort and direction; paging fields are ignored.
    QList<qint64> orderedIds(const ContactListQuery &query) const;
    /// Where the contact stands in the query's list in reading order (0 for the first), or
    /// nullopt when the search or filters leave them out. Two counts along the index.
    std::optional<qint64> positionInReadingOrder(const ContactListQuery &query,
                                                 qint64 contactId) const;
    /// The contacts with these ids, in the order given; ids with no contact are left out.
    QList<Contact> findMany(const QList<qint64> &ids) const;
    /// The dates of these contacts; a contact with neither date may be missing.
    QHash<qint64, ContactListDates> dates(const QList<qint64> &ids) const;

    /// The SQL expression a sort orders by, over "contacts c" with its company as "co" and
    /// its source as "s". Fixed text, never built from input.
    static QString sortExpression(const Database &db, ContactSort sort);

private:
    const Database &m_db;
};

} // namespace kizuna
