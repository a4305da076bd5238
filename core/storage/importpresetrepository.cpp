#include "importpresetrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QVariant>

namespace kizuna {

namespace {

// One row per column, the presets in name order and their columns in file order; a preset
// without columns (never written, but possible in a hand-edited file) still has its row.
QList<SavedPreset> presetsFrom(QSqlQuery &q)
{
    QList<SavedPreset> presets;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (presets.isEmpty() || presets.last().name != name)
            presets.append({name, {}, sql::toDateTime(q.value(1))});
        if (!q.value(2).isNull())
            presets.last().columns.append(
                {q.value(2).toString(), contactFieldFromKey(q.value(3).toString())});
    }
    return presets;
}

constexpr const char *kSelect =
    "SELECT p.name, p.saved_at, c.header, c.field FROM import_presets p "
    "LEFT JOIN import_preset_columns c ON c.preset = p.name ";

} // namespace

ImportPresetRepository::ImportPresetRepository(const Database &db)
    : m_db(db)
{}

QList<SavedPreset> ImportPresetRepository::list() const
{
    QSqlQuery q =
        m_db.prepare(QLatin1String(kSelect) + QStringLiteral("ORDER BY p.name, c.position"));
    m_db.exec(q);
    return presetsFrom(q);
}

std::optional<SavedPreset> ImportPresetRepository::find(const QString &name) const
{
    QSqlQuery q = m_db.prepare(QLatin1String(kSelect) +
                               QStringLiteral("WHERE p.name = ? ORDER BY c.position"));
    q.addBindValue(name);
    m_db.exec(q);
    const QList<SavedPreset> found = presetsFrom(q);
    return found.isEmpty() ? std::nullopt : std::optional<SavedPreset>(found.first());
}

void ImportPresetRepository::save(const SavedPreset &preset)
{
    QSqlQuery upsert = m_db.prepare(
        QStringLiteral("INSERT INTO import_presets (name, saved_at) VALUES (?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET saved_at = excluded.saved_at"));
    upsert.addBindValue(preset.name);
    upsert.addBindValue(sql::fromDateTime(preset.savedAt));
    m_db.exec(upsert);

    QSqlQuery clear =
        m_db.prepare(QStringLiteral("DELETE FROM import_preset_columns WHERE preset = ?"));
    clear.addBindValue(preset.name);
    m_db.exec(clear);

    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO import_preset_columns (preset, position, header, field) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < preset.columns.size(); ++i) {
        insert.bindValue(0, preset.name);
        insert.bindValue(1, i);
        insert.bindValue(2, preset.columns.at(i).header);
        insert.bindValue(3, contactFieldKey(preset.columns.at(i).field));
        m_db.exec(insert);
    }
}

bool ImportPresetRepository::remove(const QString &name)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM import_presets WHERE name = ?"));
    q.addBindValue(name);
    m_db.exec(q);
    return q.numRowsAffected() > 0;
}

} // namespace kizuna
