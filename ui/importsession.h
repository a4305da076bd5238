#pragma once

#include "import/contactimporter.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

namespace kizuna {

/// One run of the import wizard: what the user chose on its pages (the file, how to read it,
/// where its columns go, what to do with duplicates) and what came of the import. The pages
/// share it; each writes what it asks and reads what earlier pages chose.
struct ImportSession
{
    QString path;
    QString encoding = QStringLiteral("auto"); ///< "auto" or a canonical name
    QChar delimiter;                           ///< null: detected
    bool isVcard = false;
    QStringList header;    ///< CSV: the header row as read
    QStringList samples;   ///< CSV: a value of each column from the first rows, or ""
    ColumnMapping mapping; ///< CSV: where each column goes
    OnDuplicate onDuplicate = OnDuplicate::Merge;

    /// Where the real import writes the rows it could not take; empty for nowhere.
    QString rejectFile;
    /// The real import's outcome, once it ended (cancelled included).
    std::optional<ImportSummary> summary;
    /// Why the real import could not run (nothing was stored); empty when it ran.
    QString failure;

    /// The importer's options for these choices (no progress callback: the runner sets it).
    ImportOptions options(bool dryRun) const;
};

} // namespace kizuna
