#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QSqlQuery>

namespace kizuna {

// Version 2: imports. Batches with the changeset that undoes them, the keys duplicates are
// found by, and the history of values an import replaced.
Migration migrationV2()
{
    Migration m;
    m.version = 2;
    m.statements = QStringList{
        QStringLiteral(R"(CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            encoding TEXT NOT NULL,
            preset TEXT NOT NULL,
            on_duplicate TEXT NOT NULL,
            rows INTEGER NOT NULL,
            created INTEGER NOT NULL,
            merged INTEGER NOT NULL,
            skipped INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            undone_at TEXT,
            changeset BLOB))"),
        // Which contacts a batch created or merged into; an erasure drops the batch's undo
        // data through this link, because the changeset holds the person's values.
        QStringLiteral(R"(CREATE TABLE import_batch_contacts (
            batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            action TEXT NOT NULL CHECK (action IN ('created', 'merged')),
            PRIMARY KEY (batch_id, contact_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX import_batch_contacts_by_contact "
                       "ON import_batch_contacts(contact_id)"),
        // Duplicates are found by e-mail, then phone digits, then name and company.
        QStringLiteral(R"(CREATE TABLE contact_match_keys (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'name')),
            key TEXT NOT NULL,
            PRIMARY KEY (contact_id, kind, key)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX contact_match_keys_by_key ON contact_match_keys(kind, key)"),
        QStringLiteral(R"(CREATE TABLE contact_history (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL))"),
        QStringLiteral(
            "CREATE INDEX contact_history_by_contact ON contact_history(contact_id, id)"),
    };
    // Match keys need text folding, and the search digest changed with this version: every
    // contact gets its keys and its index entry anew.
    m.code = [](const Database &db) {
        ContactRepository contacts(db);
        QSqlQuery ids = db.prepare(QStringLiteral("SELECT id FROM contacts ORDER BY id"));
        db.exec(ids);
        while (ids.next())
            contacts.refreshDerived(ids.value(0).toLongLong());
    };
    return m;
}

} // namespace kizuna
