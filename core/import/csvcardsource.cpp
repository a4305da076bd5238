#include "csvcardsource.h"

#include "io/fileerror.h"

#include <QCoreApplication>

namespace kizuna {

namespace {

ColumnMapping checkedMapping(const QString &path, const QString &preset,
                             const std::optional<ColumnMapping> &mapping,
                             const PresetCatalog &presets, const QStringList &header)
{
    ColumnMapping m = mapping ? *mapping : presets.mapping(preset, header);
    if (m.presetName.isEmpty())
        throw FileError(
            path, 0,
            QCoreApplication::translate("CsvCardSource", "unknown preset \"%1\"; use one of %2")
                .arg(preset, presets.names().join(QStringLiteral(", "))));
    if (m.fields.size() != header.size())
        throw FileError(path, 0,
                        QCoreApplication::translate(
                            "CsvCardSource", "the column mapping does not match the header row"));
    return m;
}

} // namespace

CsvCardSource::CsvCardSource(const QString &path, const QString &encoding, QChar delimiter,
                             const QString &preset, const std::optional<ColumnMapping> &mapping,
                             const PresetCatalog &presets)
    : m_csv(path, encoding, delimiter)
    , m_mapping(checkedMapping(path, preset, mapping, presets, m_csv.header().fields))
    , m_mapper(m_csv.header().fields, m_mapping)
{}

bool CsvCardSource::next(SourceCard &card)
{
    CsvRow row;
    if (!m_csv.readRow(row))
        return false;
    card.mapped = m_mapper.map(row.fields);
    card.line = row.line;
    card.raw = row.raw;
    return true;
}

} // namespace kizuna
