#pragma once

#include "nurturesettings.h"

#include <QDate>

namespace kizuna {

class Database;

/// Saves the nurturing rules as a whole, the way a settings dialog hands them over: only the
/// settings that differ from what is stored are written, in one transaction, and new score
/// weights are applied to every score at once rather than at the next daily refresh.
class NurtureSettingsService final
{
public:
    NurtureSettingsService(Database &db, const QDate &today);

    NurtureSettings load() const;
    /// Returns the keys written (empty when nothing changed). Throws ValidationError naming
    /// the first setting out of range (nothing is written then) or StorageError.
    QStringList save(const NurtureSettings &settings);

private:
    Database &m_db;
    QDate m_today;
};

} // namespace kizuna
