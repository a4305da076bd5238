#pragma once

#include "domain/stage.h"
#include "domain/stagechange.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kizuna {

class Database;

/// Moves leads between stages, one or many in one step (one transaction), recording each
/// step with its day and note, re-timing the cadence follow-up and the score.
class StageService final
{
public:
    StageService(Database &db, const QDate &today);

    /// Moves every listed contact to `stage` on `on` (today when null). Contacts already
    /// there are left alone; returns how many moved. All or none: an unknown id throws
    /// StorageError(NotFound) and nothing moves.
    int set(const QList<qint64> &contactIds, Stage stage, const QString &note,
            const QDate &on = {});
    /// Takes back the step of one contact from `from` to `to` that set() just recorded: the
    /// step leaves the history (the funnel never counts a slip of the hand), the contact
    /// stands at `from` again, and cadence and score follow. Throws StorageError(Conflict),
    /// changing nothing, when the contact's latest step is another one: someone moved the
    /// contact since, and their step stands.
    void undoChange(qint64 contactId, Stage from, Stage to);
    /// Moves every listed contact to `stage` as set() does, in one transaction, and returns
    /// the steps it recorded (contacts already there have none): what undoChanges() takes.
    QList<StageChange> change(const QList<qint64> &contactIds, Stage stage, const QString &note,
                              const QDate &on = {});
    /// Takes back steps that change() recorded, all in one transaction: each step leaves
    /// the history and its contact stands at the step's `from` again. All or none: when any
    /// contact's latest step is another one, throws StorageError(Conflict) and changes nothing.
    void undoChanges(const QList<StageChange> &steps);
    QList<StageChange> history(qint64 contactId) const;

private:
    Database &m_db;
    QDate m_today;
};

} // namespace kizuna
