#pragma once

#include "presetcatalog.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kizuna {

class Database;

/// A file's header with the mapping a preset gives it: what a user starts from when they
/// change columns before saving a preset.
struct PresetDraft
{
    QStringList header;
    ColumnMapping mapping;
};

/// Saves, lists, loads and deletes the import presets the user named. Each change is one
/// transaction. Throws ValidationError for a name or mapping that cannot be saved and
/// StorageError (NotFound) for a preset that does not exist.
class ImportPresetService final
{
public:
    explicit ImportPresetService(Database &db);

    /// Built-in and saved presets, as an import resolves them.
    PresetCatalog catalog() const;
    std::optional<SavedPreset> find(const QString &name) const;

    /// The header of a CSV file and its mapping under `base` (a built-in or saved preset,
    /// or "auto"). Throws FileError for an unreadable file and ValidationError for a vCard
    /// file (it has no columns) or an unknown base.
    PresetDraft draft(const QString &file, const QString &base = QStringLiteral("auto"),
                      const QString &encoding = {}) const;
    /// Sends every column headed `column` (compared by ImportPreset::headerKey) to `field`;
    /// throws ValidationError when the header has no such column.
    static void remap(PresetDraft &draft, const QString &column, ContactField field);

    /// Saves the mapping of `header` under `name`, replacing a saved preset of that name;
    /// returns true when one was replaced. A built-in or reserved name (PresetCatalog::
    /// isReserved), an empty name, a mapping that does not match the header or maps no
    /// column are refused.
    bool save(const QString &name, const QStringList &header, const ColumnMapping &mapping);
    /// Deletes a saved preset; built-in presets cannot be deleted.
    void remove(const QString &name);

private:
    Database &m_db;
};

} // namespace kizuna
