#pragma once

#include "domain/contact.h"
#include "import/importpreset.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace kizuna {

class PresetCatalog;

/// The first records of a file read as the import will read it, for the wizard to show
/// before anything is stored: CSV rows under their header, or the contacts of vCards.
struct ImportPreview
{
    bool isVcard = false;
    QString encoding; ///< the canonical name the file was read in
    bool encodingDetected = false;
    QChar delimiter; ///< CSV only
    bool delimiterDetected = false;
    QStringList header;      ///< CSV only
    QList<QStringList> rows; ///< CSV: the cells of the first data rows
    QList<Contact> cards;    ///< vCard: the first cards
    ColumnMapping mapping;   ///< CSV: the header under the preset detected for it

    /// Reads at most `limit` records. `encoding` is "auto" or a name the importer takes; a
    /// null `delimiter` is detected. Throws FileError as the import would.
    static ImportPreview read(const QString &path, const QString &encoding, QChar delimiter,
                              const PresetCatalog &presets, int limit);

    /// A value of each column from the rows read (the first that is not blank), or "".
    QStringList samples() const;
};

} // namespace kizuna
