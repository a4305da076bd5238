#include "storage/schemamigrator.h"

namespace kizuna {

// Version 5: the companies view and company merges.
// The list of companies reads in reading order along an index on the very expression it
// sorts by, and counts a company's live people and their best stage from a partial index
// that holds both, so a page costs the same at any number of companies.
// A merge keeps what it takes away: the absorbed company's row as it was, the kept
// company's reading and stamp before the merge, and the people it moved, so undoing it puts
// every row back exactly. The record goes when the merge is undone.
Migration migrationV5()
{
    Migration m;
    m.version = 5;
    m.statements = QStringList{
        QStringLiteral("CREATE INDEX companies_by_reading ON companies("
                       "(CASE name_kana WHEN '' THEN match_key ELSE name_kana END), id)"),
        QStringLiteral("CREATE INDEX contacts_live_by_company ON contacts(company_id, stage) "
                       "WHERE deleted_at IS NULL"),
        QStringLiteral(R"(CREATE TABLE company_merges (
            id INTEGER PRIMARY KEY,
            kept_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
            absorbed_id INTEGER NOT NULL,
            absorbed_name TEXT NOT NULL,
            absorbed_name_kana TEXT NOT NULL,
            absorbed_match_key TEXT NOT NULL,
            absorbed_created_at TEXT NOT NULL,
            absorbed_updated_at TEXT NOT NULL,
            kept_name_kana TEXT NOT NULL,
            kept_updated_at TEXT NOT NULL,
            merged_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX company_merges_by_kept ON company_merges(kept_id)"),
        QStringLiteral(R"(CREATE TABLE company_merge_contacts (
            merge_id INTEGER NOT NULL REFERENCES company_merges(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            PRIMARY KEY (merge_id, contact_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX company_merge_contacts_by_contact "
                       "ON company_merge_contacts(contact_id)"),
    };
    return m;
}

} // namespace kizuna
