#include "settingsrepository.h"

#include "database.h"

#include <QVariant>

namespace kizuna {

SettingsRepository::SettingsRepository(const Database &db)
    : m_db(db)
{}

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    m_db.exec(q);
    return q.next() ? std::optional<QString>(q.value(0).toString()) : std::nullopt;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    m_db.exec(q);
}

void SettingsRepository::remove(const QString &key)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(key);
    m_db.exec(q);
}

QMap<QString, QString> SettingsRepository::all() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    m_db.exec(q);
    QMap<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

} // namespace kizuna
