#include "presetcatalog.h"

#include <algorithm>

namespace kizuna {

PresetCatalog::PresetCatalog(QList<SavedPreset> saved)
    : m_saved(std::move(saved))
{
    std::sort(m_saved.begin(), m_saved.end(),
              [](const SavedPreset &a, const SavedPreset &b) { return a.name < b.name; });
}

bool PresetCatalog::isReserved(const QString &name)
{
    const QString key = name.trimmed().toLower();
    return ImportPreset::names().contains(key) || key == QLatin1String("auto") ||
           key == QLatin1String("custom") || key == QLatin1String("vcard");
}

QStringList PresetCatalog::names() const
{
    QStringList out = ImportPreset::names();
    for (const SavedPreset &preset : m_saved)
        out.append(preset.name);
    return out;
}

const SavedPreset *PresetCatalog::find(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const SavedPreset &preset : m_saved) {
        if (preset.name == wanted)
            return &preset;
    }
    return nullptr;
}

ColumnMapping PresetCatalog::mapping(const QString &name, const QStringList &header) const
{
    const QString key = name.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("auto")) {
        const SavedPreset *latest = nullptr;
        for (const SavedPreset &preset : m_saved) {
            // Ties on the time go to the first name, so the choice never depends on order.
            if (preset.fits(header) && (!latest || preset.savedAt > latest->savedAt))
                latest = &preset;
        }
        return latest ? latest->mapping(header) : ImportPreset::mapping(key, header);
    }
    if (isReserved(name))
        return ImportPreset::mapping(key, header);
    const SavedPreset *saved = find(name);
    return saved ? saved->mapping(header) : ColumnMapping{};
}

} // namespace kizuna
