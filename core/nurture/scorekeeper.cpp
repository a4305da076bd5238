#include "scorekeeper.h"

#include "leadscorer.h"
#include "nurturesettings.h"
#include "storage/database.h"
#include "storage/scoreinputrepository.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

namespace kizuna {

namespace {
const QString kAsOfKey = QStringLiteral("scores.as_of");

LeadScorer scorerFor(const Database &db)
{
    return LeadScorer(NurtureSettings::load(SettingsRepository(db)).weights);
}
} // namespace

ScoreKeeper::ScoreKeeper(const Database &db)
    : m_db(db)
{}

ScoreExplanation ScoreKeeper::explain(qint64 contactId, const QDate &today) const
{
    const auto inputs = ScoreInputRepository(m_db).inputsFor(contactId, today);
    if (!inputs)
        throw StorageError(
            StorageError::Kind::NotFound, m_db.path(),
            QCoreApplication::translate("Contacts", "no contact with id %1").arg(contactId));
    return scorerFor(m_db).explain(*inputs);
}

int ScoreKeeper::recompute(qint64 contactId, const QDate &today)
{
    const int score = explain(contactId, today).score;
    ScoreInputRepository(m_db).setScore(contactId, score);
    return score;
}

void ScoreKeeper::recompute(const QList<qint64> &contactIds, const QDate &today)
{
    const LeadScorer scorer = scorerFor(m_db);
    ScoreInputRepository repository(m_db);
    for (qint64 id : contactIds) {
        if (const auto inputs = repository.inputsFor(id, today))
            repository.setScore(id, scorer.score(*inputs));
    }
}

qint64 ScoreKeeper::recomputeAll(const QDate &today)
{
    const LeadScorer scorer = scorerFor(m_db);
    ScoreInputRepository repository(m_db);
    // Writes wait until the read is done: SQLite leaves a cursor undefined when its own
    // connection changes the table under it.
    std::vector<std::pair<qint64, int>> changed;
    repository.forEach(today, [&](qint64 id, const ScoreInputs &inputs, int stored) {
        const int score = scorer.score(inputs);
        if (score != stored)
            changed.emplace_back(id, score);
    });
    repository.setScores(changed);
    SettingsRepository(m_db).setValue(kAsOfKey, today.toString(Qt::ISODate));
    return static_cast<qint64>(changed.size());
}

bool ScoreKeeper::refreshIfStale(const QDate &today)
{
    if (SettingsRepository(m_db).value(kAsOfKey) == today.toString(Qt::ISODate))
        return false;
    recomputeAll(today);
    return true;
}

} // namespace kizuna
