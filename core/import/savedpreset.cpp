#include "savedpreset.h"

#include <QHash>

namespace kizuna {

ColumnMapping SavedPreset::mapping(const QStringList &header) const
{
    QHash<QString, QList<ContactField>> byKey;
    for (const PresetColumn &column : columns)
        byKey[ImportPreset::headerKey(column.header)].append(column.field);

    ColumnMapping out;
    out.presetName = name;
    QHash<QString, qsizetype> seen;
    for (const QString &h : header) {
        const QString key = ImportPreset::headerKey(h);
        const QList<ContactField> fields = byKey.value(key);
        const qsizetype occurrence = seen[key]++;
        out.fields.append(occurrence < fields.size() ? fields.at(occurrence)
                                                     : ContactField::Ignore);
    }
    return out;
}

bool SavedPreset::fits(const QStringList &header) const
{
    if (header.size() != columns.size())
        return false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (ImportPreset::headerKey(header.at(i)) != ImportPreset::headerKey(columns.at(i).header))
            return false;
    }
    return true;
}

} // namespace kizuna
