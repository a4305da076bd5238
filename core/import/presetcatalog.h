#pragma once

#include "savedpreset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kizuna {

/// The presets an import can name: the built-in ones (ImportPreset) and those the user saved.
/// A plain value over a list read beforehand; it does no I/O.
///
/// Built-in names are matched case-insensitively (as ImportPreset does) and are never the
/// name of a saved preset; saved names are matched exactly after trimming.
class PresetCatalog final
{
public:
    explicit PresetCatalog(QList<SavedPreset> saved = {});

    /// Whether `name` is a built-in preset or a word an import option reserves ("auto",
    /// "custom", "vcard"), so a saved preset cannot take it.
    static bool isReserved(const QString &name);

    /// Built-in names first, then the saved ones by name.
    QStringList names() const;
    const QList<SavedPreset> &saved() const { return m_saved; }
    /// The saved preset of that name, or nullptr.
    const SavedPreset *find(const QString &name) const;

    /// The mapping of `header` under the named preset. Empty or "auto" detects: a saved
    /// preset that fits the header exactly (SavedPreset::fits; the most recently saved
    /// when several do) wins, otherwise ImportPreset::detect picks a built-in one. An
    /// unknown name gives an empty presetName.
    ColumnMapping mapping(const QString &name, const QStringList &header) const;

private:
    QList<SavedPreset> m_saved;
};

} // namespace kizuna
