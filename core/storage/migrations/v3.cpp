#include "storage/schemamigrator.h"

namespace kizuna {

namespace {
const QString kStages = QStringLiteral("('cold', 'warm', 'hot', 'customer', 'loyal', 'lost')");
const QString kChannels =
    QStringLiteral("('phone', 'email', 'visit', 'letter', 'social', 'event', 'other')");
} // namespace

// Version 3: nurturing. Stage history, follow-ups, activities (touches), deals, settings, and
// on each contact the day its details were last confirmed and its lead score.
Migration migrationV3()
{
    Migration m;
    m.version = 3;
    m.statements = QStringList{
        QStringLiteral("ALTER TABLE contacts ADD COLUMN details_confirmed_at TEXT"),
        QStringLiteral("ALTER TABLE contacts ADD COLUMN score INTEGER NOT NULL DEFAULT 0"),
        // Until now nothing recorded a confirmation; the last change is the best guess.
        QStringLiteral("UPDATE contacts SET details_confirmed_at = substr(updated_at, 1, 19)"),
        // The sales-ready list: the best-scored warm and hot leads.
        QStringLiteral("CREATE INDEX contacts_by_stage_score ON contacts(stage, score DESC, id) "
                       "WHERE deleted_at IS NULL"),
        QStringLiteral("CREATE TABLE stage_changes ("
                       "id INTEGER PRIMARY KEY, "
                       "contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, "
                       "from_stage TEXT CHECK (from_stage IN %1), "
                       "to_stage TEXT NOT NULL CHECK (to_stage IN %1), "
                       "changed_on TEXT NOT NULL, "
                       "note TEXT NOT NULL DEFAULT '', "
                       "recorded_at TEXT NOT NULL)")
            .arg(kStages),
        QStringLiteral("CREATE INDEX stage_changes_by_contact "
                       "ON stage_changes(contact_id, changed_on, id)"),
        QStringLiteral("CREATE INDEX stage_changes_by_date ON stage_changes(changed_on)"),
        // Every contact so far entered the funnel at its current stage, on the day the card
        // was exchanged or else the day it was stored.
        QStringLiteral("INSERT INTO stage_changes (contact_id, from_stage, to_stage, changed_on, "
                       "note, recorded_at) SELECT id, NULL, stage, coalesce(card_exchanged_on, "
                       "substr(created_at, 1, 10)), '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                       "FROM contacts ORDER BY id"),
        QStringLiteral("CREATE TABLE activities ("
                       "id INTEGER PRIMARY KEY, "
                       "contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, "
                       "occurred_at TEXT NOT NULL, "
                       "channel TEXT NOT NULL CHECK (channel IN %1), "
                       "direction TEXT NOT NULL CHECK (direction IN ('outbound', 'inbound')), "
                       "summary TEXT NOT NULL DEFAULT '', "
                       "outcome TEXT NOT NULL DEFAULT 'none', "
                       "created_at TEXT NOT NULL)")
            .arg(kChannels),
        // Covers what scores are computed from, so recomputing all of them reads only this index.
        QStringLiteral("CREATE INDEX activities_by_contact "
                       "ON activities(contact_id, occurred_at, direction, outcome)"),
        QStringLiteral("CREATE TABLE follow_ups ("
                       "id INTEGER PRIMARY KEY, "
                       "contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, "
                       "due_on TEXT NOT NULL, "
                       "due_at TEXT, "
                       "channel TEXT NOT NULL CHECK (channel IN %1), "
                       "purpose TEXT NOT NULL DEFAULT '', "
                       "status TEXT NOT NULL DEFAULT 'open' "
                       "CHECK (status IN ('open', 'done', 'skipped')), "
                       "assigned_to TEXT NOT NULL DEFAULT '', "
                       "cadence INTEGER NOT NULL DEFAULT 0, "
                       "completed_on TEXT, "
                       "activity_id INTEGER REFERENCES activities(id) ON DELETE SET NULL, "
                       "created_at TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL)")
            .arg(kChannels),
        // The agenda reads open follow-ups by day; done ones stay out of this index.
        QStringLiteral("CREATE INDEX follow_ups_open_by_due ON follow_ups(due_on, id) "
                       "WHERE status = 'open'"),
        QStringLiteral("CREATE INDEX follow_ups_by_contact ON follow_ups(contact_id, status, "
                       "due_on)"),
        QStringLiteral("CREATE TABLE deals ("
                       "id INTEGER PRIMARY KEY, "
                       "contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, "
                       "title TEXT NOT NULL, "
                       "amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0), "
                       "currency TEXT NOT NULL DEFAULT 'JPY', "
                       "expected_close_on TEXT, "
                       "status TEXT NOT NULL DEFAULT 'open' "
                       "CHECK (status IN ('open', 'won', 'lost')), "
                       "closed_on TEXT, "
                       "created_on TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX deals_by_contact ON deals(contact_id, status)"),
        QStringLiteral("CREATE TABLE settings ("
                       "key TEXT PRIMARY KEY, "
                       "value TEXT NOT NULL) WITHOUT ROWID"),
    };
    // Scores start at 0 and are derived: ScoreKeeper brings them up to date on the first
    // use of the day, as it does every day, because engagement points fade with time.
    return m;
}

} // namespace kizuna
