#pragma once

#include "domain/stagechange.h"

#include <QList>

#include <optional>

namespace kizuna {

class Database;

/// Where contacts stand and every step that brought them there (table stage_changes).
/// The caller owns the transaction.
class StageHistoryRepository final
{
public:
    explicit StageHistoryRepository(const Database &db);

    /// Records that a new contact entered the funnel at `stage` on `on`.
    void recordEntry(qint64 contactId, Stage stage, const QDate &on);
    /// Moves a contact to `to` and records the step from its current stage. Returns false
    /// (and records nothing) when it already stands there.
    bool change(qint64 contactId, Stage to, const QDate &on, const QString &note);
    /// The contact's most recent step (its entry when it never moved); none for no contact.
    std::optional<StageChange> latest(qint64 contactId) const;
    /// Takes back a step that is the contact's latest: deletes it and puts the contact back
    /// at its `from` stage, so the funnel never counts a step that was undone.
    void removeLatest(const StageChange &step);
    /// Steps oldest first.
    QList<StageChange> history(qint64 contactId) const;
    /// The stage a contact stood at on a day; nullopt before it entered the funnel.
    std::optional<Stage> stageOn(qint64 contactId, const QDate &day) const;
    /// The contact's stage now; throws StorageError(NotFound) for no such contact.
    Stage current(qint64 contactId) const;
    /// Every recorded step, entries included.
    qint64 countAll() const;

private:
    void insert(qint64 contactId, std::optional<Stage> from, Stage to, const QDate &on,
                const QString &note);

    const Database &m_db;
};

} // namespace kizuna
