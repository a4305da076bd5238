#pragma once

#include "importpreset.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kizuna {

/// One column of a saved preset: the header text as the file had it, and where it goes.
struct PresetColumn
{
    QString header;
    ContactField field = ContactField::Ignore;

    bool operator==(const PresetColumn &) const = default;
};

/// A column mapping the user saved under a name (table import_presets).
///
/// Columns are matched by header, compared as ImportPreset::headerKey compares them (NFKC,
/// case folded, spaces dropped), not by position: the preset maps later files of the same
/// shape even when their columns move, and a column it does not name is ignored.
struct SavedPreset
{
    QString name;
    QList<PresetColumn> columns; ///< in the order of the file it was saved from
    QDateTime savedAt;           ///< when it was last saved (UTC)

    /// The mapping of `header` under this preset; presetName is the preset's name. A header
    /// that appears more than once takes the saved columns of that header in turn.
    ColumnMapping mapping(const QStringList &header) const;
    /// Whether `header` is, column for column, the header the preset was saved from.
    bool fits(const QStringList &header) const;
};

} // namespace kizuna
