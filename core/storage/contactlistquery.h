#pragma once

#include "domain/contact.h"
#include "domain/stage.h"

#include <QList>
#include <QString>

#include <optional>

namespace kizuna {

/// Where a page of a contact list in reading order ends: the next page starts after this
/// (sort key, id).
struct ContactCursor
{
    QString sortKey;
    qint64 id = 0;
};

/// What a contact list can be sorted by. Reading order (50音順) is the list's own order,
/// paged along its index; the others are ordered once in SQL (ContactRepository::orderedIds)
/// and read by id. Every order ends in reading order, then id, so it is total.
enum class ContactSort
{
    Reading,
    Company, ///< the company's reading; people without a company last
    Title,   ///< empty titles last
    Stage,   ///< the funnel's order: cold, warm, hot, customer, loyal, lost
    Score,
    NextFollowUp, ///< the earliest open follow-up; people with none last
    LastTouch,    ///< the latest logged touch; people never touched first
    Source,       ///< the source's name; people without one last
    Email,        ///< empty last
    Phone,        ///< mobile, else direct, else work; empty last
    Tags,         ///< the first tag in folded order; untagged last
};

/// What a contact list shows: an optional search text and filters, sorted, one page at a
/// time. Every filter applies in SQL.
struct ContactListQuery
{
    QString search; ///< as typed; empty for no search
    std::optional<Stage> stage;
    QString tag;    ///< tag name; empty for any
    QString source; ///< source name; empty for any
    /// Only contacts with no open follow-up: the leads nobody plans to call.
    bool withoutOpenFollowUp = false;
    /// Only contacts whose reading was guessed and waits for the user to confirm it.
    bool readingGuessedOnly = false;
    bool inTrash = false; ///< list the trash instead of the live contacts
    /// Only the contacts with these ids (a selection in the list; an empty list matches
    /// nobody); any contact when unset.
    std::optional<QList<qint64>> ids;
    /// True when any filter besides the search text is set.
    bool hasFilters() const
    {
        return stage || !tag.isEmpty() || !source.isEmpty() || withoutOpenFollowUp ||
               readingGuessedOnly || ids;
    }

    ContactSort sort = ContactSort::Reading;
    bool descending = false;

    // Paging, for page() in reading order only.
    int limit = 100;
    std::optional<ContactCursor> after; ///< start after this row; none for the first page
    /// Read towards the start of the list: the rows before `after` (or the last rows of the
    /// list when there is none), nearest first. A window over a long list reads the pages
    /// near its end this way instead of skipping every row before them.
    bool backwards = false;
    /// Rows to skip first, counted from where the read starts (the start, the end read
    /// backwards, or after the cursor; for a jump into the middle of
    /// a list with no page read near it). Costs a walk over that many index entries.
    qint64 offset = 0;
};

/// One page of a list and the cursor for the next, if there is a next.
struct ContactPage
{
    QList<Contact> contacts;
    QList<QString> sortKeys; ///< each contact's reading sort key, for cursors at either end
    std::optional<ContactCursor> next;
};

} // namespace kizuna
