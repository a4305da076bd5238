#pragma once

#include "domain/activity.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

namespace kizuna {

class Database;

/// Touches with people (table activities). The caller owns the transaction.
class ActivityRepository final
{
public:
    explicit ActivityRepository(const Database &db);

    qint64 add(const Activity &activity);
    /// A contact's touches, newest first.
    QList<Activity> forContact(qint64 contactId) const;
    /// Touches of live contacts, newest first.
    QList<Activity> list(int limit) const;
    /// The contact's most recent touch.
    std::optional<Activity> last(qint64 contactId) const;
    /// Every stored touch, of live and trashed contacts.
    qint64 countAll() const;

    /// Deletes a touch (a completion taken back); a follow-up it was linked to loses the link.
    void remove(qint64 id);

    /// Gives everything of one contact to another (merging duplicates).
    void reassign(qint64 fromContactId, qint64 toContactId);

private:
    const Database &m_db;
    // Prepared once per repository: loaders write many touches through one.
    std::optional<QSqlQuery> m_insert;
};

} // namespace kizuna
