#include "importpreview.h"

#include "import/presetcatalog.h"
#include "import/vcardcardsource.h"
#include "io/csvfile.h"

namespace kizuna {

namespace {

bool isAuto(const QString &encoding)
{
    return encoding.isEmpty() || encoding == QLatin1String("auto");
}

} // namespace

ImportPreview ImportPreview::read(const QString &path, const QString &encoding, QChar delimiter,
                                  const PresetCatalog &presets, int limit)
{
    ImportPreview preview;
    preview.encodingDetected = isAuto(encoding);
    if (VcardCardSource::looksLikeVcard(path)) {
        preview.isVcard = true;
        VcardCardSource source(path, encoding);
        preview.encoding = source.encoding();
        SourceCard card;
        while (preview.cards.size() < limit && source.next(card))
            preview.cards.append(card.mapped.contact);
        return preview;
    }
    CsvFile csv(path, encoding, delimiter);
    preview.encoding = csv.encoding();
    preview.delimiter = csv.delimiter();
    preview.delimiterDetected = delimiter.isNull();
    preview.header = csv.header().fields;
    CsvRow row;
    while (preview.rows.size() < limit && csv.readRow(row))
        preview.rows.append(row.fields);
    // A row that cannot be read ends the preview; the import reports it as a rejected row.
    preview.mapping = presets.mapping(QStringLiteral("auto"), preview.header);
    return preview;
}

QStringList ImportPreview::samples() const
{
    QStringList values;
    for (qsizetype column = 0; column < header.size(); ++column) {
        QString value;
        for (const QStringList &row : rows) {
            value = row.value(column).trimmed();
            if (!value.isEmpty())
                break;
        }
        values.append(value);
    }
    return values;
}

} // namespace kizuna
