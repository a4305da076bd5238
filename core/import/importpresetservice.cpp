#include "importpresetservice.h"

#include "vcardcardsource.h"

#include "io/csvfile.h"
#include "storage/database.h"
#include "storage/importpresetrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportPresets", text);
}

const QString kName = QStringLiteral("name");

} // namespace

ImportPresetService::ImportPresetService(Database &db)
    : m_db(db)
{}

PresetCatalog ImportPresetService::catalog() const
{
    return PresetCatalog(ImportPresetRepository(m_db).list());
}

std::optional<SavedPreset> ImportPresetService::find(const QString &name) const
{
    return ImportPresetRepository(m_db).find(name.trimmed());
}

PresetDraft ImportPresetService::draft(const QString &file, const QString &base,
                                       const QString &encoding) const
{
    if (VcardCardSource::looksLikeVcard(file))
        throw ValidationError(
            QStringLiteral("from"),
            tr("%1 is a vCard file; presets map the columns of CSV files").arg(file));
    CsvFile csv(file, encoding);
    PresetDraft draft{csv.header().fields, {}};
    const PresetCatalog presets = catalog();
    draft.mapping = presets.mapping(base, draft.header);
    if (draft.mapping.presetName.isEmpty())
        throw ValidationError(QStringLiteral("base"),
                              tr("unknown preset \"%1\"; use one of %2")
                                  .arg(base, presets.names().join(QStringLiteral(", "))));
    return draft;
}

void ImportPresetService::remap(PresetDraft &draft, const QString &column, ContactField field)
{
    const QString key = ImportPreset::headerKey(column);
    bool found = false;
    for (qsizetype i = 0; i < draft.header.size() && i < draft.mapping.fields.size(); ++i) {
        if (ImportPreset::headerKey(draft.header.at(i)) == key) {
            draft.mapping.fields[i] = field;
            found = true;
        }
    }
    if (!found)
        throw ValidationError(QStringLiteral("map"),
                              tr("the file has no column \"%1\"; its columns are %2")
                                  .arg(column, draft.header.join(QStringLiteral(", "))));
    draft.mapping.presetName = QStringLiteral("custom");
}

bool ImportPresetService::save(const QString &name, const QStringList &header,
                               const ColumnMapping &mapping)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw ValidationError(kName, tr("a preset needs a name"));
    if (ImportPreset::names().contains(trimmed.toLower()))
        throw ValidationError(
            kName, tr("\"%1\" is the name of a built-in preset; choose another name").arg(trimmed));
    if (PresetCatalog::isReserved(trimmed))
        throw ValidationError(
            kName,
            tr("\"%1\" has a meaning of its own for --preset; choose another name").arg(trimmed));
    if (header.isEmpty() || mapping.fields.size() != header.size())
        throw ValidationError(QStringLiteral("mapping"),
                              tr("the column mapping does not match the header row"));
    SavedPreset preset{trimmed, {}, QDateTime::currentDateTimeUtc()};
    bool mapsSomething = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        preset.columns.append({header.at(i), mapping.fields.at(i)});
        mapsSomething = mapsSomething || mapping.fields.at(i) != ContactField::Ignore;
    }
    if (!mapsSomething)
        throw ValidationError(QStringLiteral("mapping"),
                              tr("the preset would ignore every column"));

    Transaction transaction(m_db);
    ImportPresetRepository presets(m_db);
    const bool replaced = presets.find(trimmed).has_value();
    presets.save(preset);
    transaction.commit();
    return replaced;
}

void ImportPresetService::remove(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (PresetCatalog::isReserved(trimmed))
        throw ValidationError(kName,
                              tr("\"%1\" is a built-in preset and cannot be deleted").arg(trimmed));
    Transaction transaction(m_db);
    if (!ImportPresetRepository(m_db).remove(trimmed))
        throw StorageError(StorageError::Kind::NotFound, m_db.path(),
                           tr("no saved preset named \"%1\"").arg(trimmed));
    transaction.commit();
}

} // namespace kizuna
