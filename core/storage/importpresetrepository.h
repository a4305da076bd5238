#pragma once

#include "import/savedpreset.h"

#include <QList>
#include <QString>

#include <optional>

namespace kizuna {

class Database;

/// The import presets the user saved (tables import_presets and import_preset_columns).
class ImportPresetRepository final
{
public:
    explicit ImportPresetRepository(const Database &db);

    /// Every saved preset with its columns, by name.
    QList<SavedPreset> list() const;
    std::optional<SavedPreset> find(const QString &name) const;
    /// Stores the preset, replacing the columns of one saved under the same name.
    void save(const SavedPreset &preset);
    /// False when no preset has that name.
    bool remove(const QString &name);

private:
    const Database &m_db;
};

} // namespace kizuna
