#include "storage/schemamigrator.h"

namespace kizuna {

// Version 1: people, companies, tags, lead sources and the search index.
Migration migrationV1()
{
    Migration m;
    m.version = 1;
    m.statements = QStringList{
        QStringLiteral(R"(CREATE TABLE companies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_kana TEXT NOT NULL DEFAULT '',
            match_key TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        // One row per firm, whatever legal-form spelling a card used.
        QStringLiteral("CREATE UNIQUE INDEX companies_by_match_key ON companies(match_key)"),
        QStringLiteral(R"(CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('trade_show', 'referral', 'web', 'seminar',
                                               'advertisement', 'cold_call', 'other')),
            cost INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
            currency TEXT NOT NULL DEFAULT 'JPY',
            started_on TEXT,
            ended_on TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            family_name TEXT NOT NULL DEFAULT '',
            given_name TEXT NOT NULL DEFAULT '',
            family_kana TEXT NOT NULL DEFAULT '',
            given_kana TEXT NOT NULL DEFAULT '',
            reading_guessed INTEGER NOT NULL DEFAULT 0,
            company_id INTEGER REFERENCES companies(id) ON DELETE SET NULL,
            department TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            email2 TEXT NOT NULL DEFAULT '',
            phone_work TEXT NOT NULL DEFAULT '',
            phone_direct TEXT NOT NULL DEFAULT '',
            phone_mobile TEXT NOT NULL DEFAULT '',
            fax TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
            stage TEXT NOT NULL DEFAULT 'cold'
                CHECK (stage IN ('cold', 'warm', 'hot', 'customer', 'loyal', 'lost')),
            card_exchanged_on TEXT,
            sort_key TEXT NOT NULL,
            search_rowid INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT))"),
        // Lists page through this index in 50音順 (keyset paging on sort_key, id).
        QStringLiteral("CREATE INDEX contacts_by_reading ON contacts(sort_key, id) "
                       "WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX contacts_by_company ON contacts(company_id)"),
        QStringLiteral("CREATE INDEX contacts_by_source ON contacts(source_id)"),
        QStringLiteral("CREATE INDEX contacts_by_stage ON contacts(stage, sort_key, id) "
                       "WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX contacts_in_trash ON contacts(deleted_at) "
                       "WHERE deleted_at IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            match_key TEXT NOT NULL UNIQUE))"),
        QStringLiteral(R"(CREATE TABLE contact_tags (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (contact_id, tag_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX contact_tags_by_tag ON contact_tags(tag_id, contact_id)"),
        // Search-as-you-type. Each document is a contact's folded text cut into overlapping
        // two-character tokens (see SearchDocument), so one index answers queries of any
        // length: one character by prefix, two by term, more by phrase. The rowid orders
        // documents by reading (see SortKey), which lets a query stop after one screenful.
        QStringLiteral("CREATE VIRTUAL TABLE contact_search USING fts5(tokens, "
                       "tokenize = 'unicode61 remove_diacritics 0', prefix = '1')"),
        QStringLiteral("PRAGMA user_version = 1"),
    };
    return m;
}

} // namespace kizuna
