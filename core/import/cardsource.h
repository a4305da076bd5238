#pragma once

#include "rowmapper.h"

#include <QChar>
#include <QString>
#include <QStringList>

namespace kizuna {

/// One record of an input file as the importer sees it: the contact it maps to (or why it
/// cannot be one), and where it came from for the reject file.
struct SourceCard
{
    MappedRow mapped;
    qint64 line = 0;
    QString raw;
};

/// A file of business cards read one card at a time: CSV with a column mapping, or vCard.
class CardSource
{
public:
    virtual ~CardSource();

    /// The next card; false at the end of the file or when reading broke off (error()).
    virtual bool next(SourceCard &card) = 0;
    virtual QString error() const = 0;
    virtual qint64 errorLine() const = 0;
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
    virtual QString encoding() const = 0;
    /// The preset (CSV) or "vcard".
    virtual QString format() const = 0;
    /// Header and delimiter for the reject file; an empty header writes raw records.
    virtual QStringList header() const = 0;
    virtual QChar delimiter() const = 0;
};

} // namespace kizuna
