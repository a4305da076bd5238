#pragma once

#include "domain/scoreexplanation.h"

#include <QDate>
#include <QList>

namespace kizuna {

class Database;

/// Keeps the stored lead scores (contacts.score) current. A score is recomputed when its
/// inputs change, and all of them once a day, because engagement points fade with age.
/// Reads the weights from the settings. The caller owns the transaction.
class ScoreKeeper final
{
public:
    explicit ScoreKeeper(const Database &db);

    /// The contact's score as of `today`, point by point; throws StorageError(NotFound).
    ScoreExplanation explain(qint64 contactId, const QDate &today) const;
    /// Computes and stores one contact's score; returns it.
    int recompute(qint64 contactId, const QDate &today);
    /// Computes and stores the scores of these contacts (after adding many at once).
    void recompute(const QList<qint64> &contactIds, const QDate &today);
    /// Computes every score and stores those that changed; returns how many changed.
    qint64 recomputeAll(const QDate &today);
    /// recomputeAll() when the scores were last computed on another day than `today`;
    /// returns whether it ran.
    bool refreshIfStale(const QDate &today);

private:
    const Database &m_db;
};

} // namespace kizuna
