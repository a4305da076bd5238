#include "storage/schemamigrator.h"

namespace kizuna {

// Version 4: import presets the user saved. A preset maps columns by header text, so its
// columns are rows of their own in file order rather than one opaque value in settings; the
// field is the ContactField key ("company", "ignore", ...).
// Also the indexes the review list reads in order at any size: live contacts by the day their
// details were confirmed, and the few bounced e-mails.
Migration migrationV4()
{
    Migration m;
    m.version = 4;
    m.statements = QStringList{
        QStringLiteral(R"(CREATE TABLE import_presets (
            name TEXT PRIMARY KEY,
            saved_at TEXT NOT NULL) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE import_preset_columns (
            preset TEXT NOT NULL REFERENCES import_presets(name) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            header TEXT NOT NULL,
            field TEXT NOT NULL,
            PRIMARY KEY (preset, position)) WITHOUT ROWID)"),
        // Without the score: every index that holds it is rewritten when scores are.
        QStringLiteral("CREATE INDEX contacts_by_confirmed ON contacts(details_confirmed_at, id) "
                       "WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX activities_bounced ON activities(contact_id, occurred_at) "
                       "WHERE outcome = 'bounced'"),
    };
    return m;
}

} // namespace kizuna
