#include "contactimporter.h"

#include "contactmerger.h"
#include "csvcardsource.h"
#include "rejectwriter.h"
#include "vcardcardsource.h"

#include "contacts/contactservice.h"
#include "io/fileerror.h"
#include "search/matchkeys.h"
#include "storage/changerecorder.h"
#include "storage/contacthistoryrepository.h"
#include "storage/database.h"
#include "storage/importbatchrepository.h"
#include "storage/importpresetrepository.h"
#include "storage/transaction.h"

#include <QFileInfo>

namespace kizuna {

namespace {

constexpr int kProgressEvery = 200;

// The stored contact a card is the same person as: e-mail first, then a personal phone,
// then name and company.
qint64 duplicateOf(ContactRepository &contacts, const Contact &card)
{
    const QList<MatchKey> keys = MatchKeys::of(card);
    for (const MatchKey::Kind kind :
         {MatchKey::Kind::Email, MatchKey::Kind::Phone, MatchKey::Kind::Name}) {
        for (const MatchKey &key : keys) {
            if (key.kind != kind)
                continue;
            const QList<qint64> ids = contacts.findByMatchKey(key);
            if (!ids.isEmpty())
                return ids.first();
        }
    }
    return 0;
}

} // namespace

QString onDuplicateKey(OnDuplicate policy)
{
    switch (policy) {
    case OnDuplicate::Merge:
        return QStringLiteral("merge");
    case OnDuplicate::Skip:
        return QStringLiteral("skip");
    case OnDuplicate::Create:
        return QStringLiteral("create");
    }
    return {};
}

std::optional<OnDuplicate> onDuplicateFromKey(const QString &key)
{
    for (const OnDuplicate p : {OnDuplicate::Merge, OnDuplicate::Skip, OnDuplicate::Create}) {
        if (key.trimmed().toLower() == onDuplicateKey(p))
            return p;
    }
    return std::nullopt;
}

ContactImporter::ContactImporter(Database &db, ContactService &contacts)
    : m_db(db)
    , m_contacts(contacts)
{}

ImportSummary ContactImporter::importFile(const QString &path, const ImportOptions &options)
{
    if (VcardCardSource::looksLikeVcard(path))
        return importVcard(path, options);
    return importCsv(path, options);
}

ImportSummary ContactImporter::importCsv(const QString &path, const ImportOptions &options)
{
    // Saved presets are read only when the options leave the mapping to a preset.
    const PresetCatalog presets(options.mapping ? QList<SavedPreset>{}
                                                : ImportPresetRepository(m_db).list());
    CsvCardSource source(path, options.encoding, options.delimiter, options.preset, options.mapping,
                         presets);
    return run(source, path, options);
}

ImportSummary ContactImporter::importVcard(const QString &path, const ImportOptions &options)
{
    VcardCardSource source(path, options.encoding);
    return run(source, path, options);
}

ImportSummary ContactImporter::run(CardSource &source, const QString &path,
                                   const ImportOptions &options)
{
    ImportSummary summary;
    summary.encoding = source.encoding();
    summary.preset = source.format();
    summary.dryRun = options.dryRun;

    ContactRepository &contacts = m_contacts.repository();
    ImportBatchRepository batches(m_db);
    ContactHistoryRepository history(m_db);
    Transaction transaction(m_db);
    ImportBatch batch;
    batch.file = QFileInfo(path).absoluteFilePath();
    batch.encoding = summary.encoding;
    batch.preset = summary.preset;
    batch.onDuplicate = onDuplicateKey(options.onDuplicate);
    batch.id = batches.add(batch, {});
    // Recording starts after the batch row exists: undo removes what the rows did, and the
    // batch stays on record as undone.
    ChangeRecorder recorder(m_db, ChangeRecorder::importTables());
    ContactRepository::IndexBatch searchDocuments(contacts);

    const auto reject = [&summary](const SourceCard &card, const QString &reason) {
        summary.rejects.append({card.line, card.raw, reason});
        ++summary.rejected;
    };

    SourceCard card;
    while (source.next(card)) {
        ++summary.rows;
        if (options.progress && summary.rows % kProgressEvery == 0 &&
            !options.progress(summary.rows, source.bytesRead(), source.totalBytes())) {
            summary.cancelled = true;
            return summary; // the transaction rolls back
        }
        if (!card.mapped.problem.isEmpty()) {
            reject(card, card.mapped.problem);
            continue;
        }
        Contact prepared;
        try {
            prepared = m_contacts.prepareNew(card.mapped.contact);
        } catch (const ValidationError &error) {
            reject(card, error.message());
            continue;
        }
        const qint64 existing =
            options.onDuplicate == OnDuplicate::Create ? 0 : duplicateOf(contacts, prepared);
        if (existing == 0) {
            // A card's details were true on the day it was exchanged.
            prepared.detailsConfirmedAt = prepared.cardExchangedOn.isValid()
                                              ? QDateTime(prepared.cardExchangedOn, QTime(0, 0))
                                              : QDateTime::currentDateTime();
            const qint64 id = contacts.insert(prepared);
            batches.link(batch.id, id, QStringLiteral("created"));
            ++summary.created;
            continue;
        }
        if (options.onDuplicate == OnDuplicate::Skip) {
            ++summary.skipped;
            continue;
        }
        const Contact stored = *contacts.find(existing);
        const MergeResult merge = ContactMerger::merge(stored, prepared);
        if (merge.changed) {
            Contact merged;
            try {
                merged = m_contacts.prepareChange(merge.contact, stored);
            } catch (const ValidationError &error) {
                reject(card, error.message());
                continue;
            }
            merged.id = existing;
            merged.detailsConfirmedAt = QDateTime::currentDateTime(); // a changing import counts
            contacts.update(merged);
            for (const FieldChange &change : merge.replaced)
                history.add(
                    {0, existing, change.field, change.oldValue, change.newValue, {}, batch.id});
        }
        batches.link(batch.id, existing, QStringLiteral("merged"));
        ++summary.merged;
    }
    if (!source.error().isEmpty()) {
        // The rest of the file cannot be read; what could be read is kept and the break is
        // reported as a rejection naming its line.
        SourceCard broken;
        broken.line = source.errorLine();
        ++summary.rows;
        reject(broken, source.error());
    }

    searchDocuments.flush();
    batch.rows = summary.rows;
    batch.created = summary.created;
    batch.merged = summary.merged;
    batch.skipped = summary.skipped;
    batch.rejected = summary.rejected;
    batches.finish(batch, recorder.changeset());
    if (!options.rejectFile.isEmpty())
        RejectWriter::write(options.rejectFile, source.header(), source.delimiter(),
                            summary.rejects);
    if (!options.dryRun) {
        transaction.commit();
        summary.batchId = batch.id;
    }
    return summary;
}

} // namespace kizuna
