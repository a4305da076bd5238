#pragma once

#include "domain/contact.h"
#include "domain/stage.h"

#include <QList>
#include <QString>

#include <optional>

namespace kizuna {

/// Where a page of a contact list ends: the next page starts after this (sort key, id).
struct ContactCursor
{
    QString sortKey;
    qint64 id = 0;
};

/// What a contact list shows: an optional search text and filters, in reading order, one
/// page at a time. Every filter applies in SQL.
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
    int limit = 100;
    std::optional<ContactCursor> after; ///< start after this row; none for the first page
};

/// One page of a list and the cursor for the next, if there is a next.
struct ContactPage
{
    QList<Contact> contacts;
    std::optional<ContactCursor> next;
};

} // namespace kizuna
