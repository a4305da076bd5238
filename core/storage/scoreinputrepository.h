#pragma once

#include "domain/scoreinputs.h"

#include <QDate>
#include <QSqlQuery>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace kizuna {

class Database;

/// Reads what lead scores are computed from and stores the results (contacts.score).
/// Touches are counted by age relative to `today`. The caller owns the transaction.
class ScoreInputRepository final
{
public:
    explicit ScoreInputRepository(const Database &db);

    /// The inputs of one contact; nullopt when there is no such contact.
    std::optional<ScoreInputs> inputsFor(qint64 contactId, const QDate &today) const;
    /// Calls `visit(id, inputs, storedScore)` for every contact, live or in the trash, in id
    /// order, reading the touches in one pass over their covering index.
    void forEach(const QDate &today,
                 const std::function<void(qint64, const ScoreInputs &, int)> &visit) const;
    void setScore(qint64 contactId, int score);
    /// Stores many scores at once, (contact id, score) pairs.
    void setScores(const std::vector<std::pair<qint64, int>> &scores);

private:
    void forEachOnServer(const QDate &today,
                         const std::function<void(qint64, const ScoreInputs &, int)> &visit) const;

    const Database &m_db;
    std::optional<QSqlQuery> m_setScore;
};

} // namespace kizuna
