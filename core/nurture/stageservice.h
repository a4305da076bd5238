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
    QList<StageChange> history(qint64 contactId) const;

private:
    Database &m_db;
    QDate m_today;
};

} // namespace kizuna
