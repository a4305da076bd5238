#pragma once

#include "importpreset.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace kizuna {

class CardSource;
class ContactService;
class Database;

/// What to do with a card that matches a contact already stored (or one earlier in the file).
enum class OnDuplicate
{
    Merge,  ///< fill empty fields, keep replaced values in the contact's history
    Skip,   ///< leave the stored contact as it is
    Create, ///< store the card as a new contact anyway
};
QString onDuplicateKey(OnDuplicate policy);
std::optional<OnDuplicate> onDuplicateFromKey(const QString &key);

struct ImportOptions
{
    /// A built-in preset (ImportPreset::names()), one the user saved, or "auto"
    /// (PresetCatalog::mapping says how it detects).
    QString preset = QStringLiteral("auto");
    QString encoding = QStringLiteral("auto");
    /// The CSV delimiter (CsvDialect::delimiters()); null detects it. vCard files ignore it.
    QChar delimiter;
    /// Replaces the preset's mapping (the user changed a column); must match the header.
    std::optional<ColumnMapping> mapping;
    OnDuplicate onDuplicate = OnDuplicate::Merge;
    /// Runs the whole import and reports it, then rolls everything back.
    bool dryRun = false;
    /// Where rejected rows go, as CSV with the reason; empty for nowhere.
    QString rejectFile;
    /// Called every few rows with rows and bytes read; return false to cancel (nothing is
    /// stored then).
    std::function<bool(qint64 rows, qint64 bytes, qint64 totalBytes)> progress;
};

struct RejectedRow
{
    qint64 line = 0;
    QString raw;
    QString reason;
};

/// What came of an import. created + merged + skipped + rejected == rows.
struct ImportSummary
{
    qint64 batchId = 0; ///< 0 for a dry run or a cancelled import
    qint64 rows = 0;
    qint64 created = 0;
    qint64 merged = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    QString encoding;
    QString preset;
    bool dryRun = false;
    bool cancelled = false;
    QList<RejectedRow> rejects;
};

/// Imports business cards from a CSV or vCard file in one transaction and one recorded batch: every
/// row ends created, merged, skipped or rejected, duplicates (by e-mail, personal phone,
/// name and company) are merged as asked, and the batch's changeset allows undoing it later.
/// A file that cannot be read at all throws FileError; nothing is stored then.
class ContactImporter final
{
public:
    ContactImporter(Database &db, ContactService &contacts);

    /// A vCard file (by its first line) or else CSV.
    ImportSummary importFile(const QString &path, const ImportOptions &options);
    ImportSummary importCsv(const QString &path, const ImportOptions &options);
    /// vCard 2.1, 3.0 and 4.0; options.preset and mapping do not apply.
    ImportSummary importVcard(const QString &path, const ImportOptions &options);

private:
    ImportSummary run(CardSource &source, const QString &path, const ImportOptions &options);

    Database &m_db;
    ContactService &m_contacts;
};

} // namespace kizuna
