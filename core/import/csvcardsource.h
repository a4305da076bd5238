#pragma once

#include "cardsource.h"
#include "presetcatalog.h"

#include "io/csvfile.h"

#include <optional>

namespace kizuna {

/// Cards from a CSV file: encoding and delimiter (detected when empty and null), a preset's
/// (or the user's) column mapping. `preset` is resolved in `presets` (built-in or saved) unless
/// `mapping` is given. Throws FileError from the constructor when the file cannot be read or the
/// preset is unknown.
class CsvCardSource final : public CardSource
{
public:
    CsvCardSource(const QString &path, const QString &encoding, QChar delimiter,
                  const QString &preset, const std::optional<ColumnMapping> &mapping,
                  const PresetCatalog &presets);

    bool next(SourceCard &card) override;
    QString error() const override { return m_csv.reader().error(); }
    qint64 errorLine() const override { return m_csv.reader().errorLine(); }
    qint64 bytesRead() const override { return m_csv.reader().bytesRead(); }
    qint64 totalBytes() const override { return m_csv.size(); }
    QString encoding() const override { return m_csv.encoding(); }
    QString format() const override { return m_mapping.presetName; }
    QStringList header() const override { return m_csv.header().fields; }
    QChar delimiter() const override { return m_csv.delimiter(); }

private:
    mutable CsvFile m_csv;
    ColumnMapping m_mapping;
    RowMapper m_mapper;
};

} // namespace kizuna
