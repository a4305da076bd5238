#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace kizuna {

class Database;

/// Settings kept in the database (table settings), so that the app and the CLI, and later
/// everyone on a team server, schedule and score by the same rules.
class SettingsRepository final
{
public:
    explicit SettingsRepository(const Database &db);

    std::optional<QString> value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    void remove(const QString &key);
    /// Every stored key with its value.
    QMap<QString, QString> all() const;

private:
    const Database &m_db;
};

} // namespace kizuna
