#include "nurturesettingsservice.h"

#include "scorekeeper.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"

namespace kizuna {

NurtureSettingsService::NurtureSettingsService(Database &db, const QDate &today)
    : m_db(db)
    , m_today(today)
{}

NurtureSettings NurtureSettingsService::load() const
{
    return NurtureSettings::load(SettingsRepository(m_db));
}

QStringList NurtureSettingsService::save(const NurtureSettings &settings)
{
    Transaction transaction(m_db);
    SettingsRepository repository(m_db);
    const QMap<QString, QString> stored = NurtureSettings::load(repository).toMap();
    const QMap<QString, QString> wanted = settings.toMap();
    QStringList written;
    bool weightsChanged = false;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (stored.value(it.key()) == it.value())
            continue;
        NurtureSettings::store(repository, it.key(), it.value());
        written.append(it.key());
        weightsChanged = weightsChanged || it.key().startsWith(QLatin1String("score."));
    }
    if (weightsChanged)
        ScoreKeeper(m_db).recomputeAll(m_today);
    transaction.commit();
    return written;
}

} // namespace kizuna
