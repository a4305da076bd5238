#include "storage/schemamigrator.h"

namespace kizuna {

namespace {

// What a person brings to their company's numbers: themself at their stage, their open
// deals and won revenue. `sign` adds them ("+", the NEW row) or takes them away ("-", OLD);
// the statement's WHERE is the caller's.
QString personShare(const QString &sign, const QString &row)
{
    return QStringLiteral(
               "UPDATE company_stats SET people = people %1 1, "
               "cold = cold %1 (%2.stage = 'cold'), warm = warm %1 (%2.stage = 'warm'), "
               "hot = hot %1 (%2.stage = 'hot'), customer = customer %1 (%2.stage = 'customer'), "
               "loyal = loyal %1 (%2.stage = 'loyal'), lost = lost %1 (%2.stage = 'lost'), "
               "open_deals = open_deals %1 (SELECT count(*) FROM deals d "
               "WHERE %2.id = d.contact_id AND d.status = 'open'), "
               "won_revenue = won_revenue %1 (SELECT coalesce(sum(d.amount), 0) FROM deals d "
               "WHERE %2.id = d.contact_id AND d.status = 'won')")
        .arg(sign, row);
}

// What one deal brings to its live person's company, added or taken away as above.
QString dealShare(const QString &sign, const QString &row)
{
    return QStringLiteral(
               "UPDATE company_stats SET open_deals = open_deals %1 (%2.status = 'open'), "
               "won_revenue = won_revenue %1 (CASE %2.status WHEN 'won' THEN %2.amount ELSE 0 "
               "END) WHERE company_id = (SELECT c.company_id FROM contacts c "
               "WHERE %2.contact_id = c.id AND c.deleted_at IS NULL);")
        .arg(sign, row);
}

const QString kAdd = QStringLiteral("+");
const QString kTake = QStringLiteral("-");
const QString kNew = QStringLiteral("NEW");
const QString kOld = QStringLiteral("OLD");

} // namespace

// Version 5: the companies view and company merges.
// The list of companies reads in reading order along an index on the very expression it
// sorts by. What it shows of each company (its live people, how many are at each stage, its
// open deals and won revenue) is kept in company_stats by triggers, a step per changed row,
// so sorting 100,000 companies by any of it reads one narrow table instead of counting a
// million people. People in the trash and their deals do not count.
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
        QStringLiteral(R"(CREATE TABLE company_stats (
            company_id INTEGER PRIMARY KEY,
            people INTEGER NOT NULL DEFAULT 0,
            cold INTEGER NOT NULL DEFAULT 0,
            warm INTEGER NOT NULL DEFAULT 0,
            hot INTEGER NOT NULL DEFAULT 0,
            customer INTEGER NOT NULL DEFAULT 0,
            loyal INTEGER NOT NULL DEFAULT 0,
            lost INTEGER NOT NULL DEFAULT 0,
            open_deals INTEGER NOT NULL DEFAULT 0,
            won_revenue INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(INSERT INTO company_stats (company_id, people, cold, warm, hot,
            customer, loyal, lost, open_deals, won_revenue)
            SELECT co.id,
                count(c.id),
                coalesce(sum(c.stage = 'cold'), 0), coalesce(sum(c.stage = 'warm'), 0),
                coalesce(sum(c.stage = 'hot'), 0), coalesce(sum(c.stage = 'customer'), 0),
                coalesce(sum(c.stage = 'loyal'), 0), coalesce(sum(c.stage = 'lost'), 0),
                coalesce(sum((SELECT count(*) FROM deals d WHERE d.contact_id = c.id
                              AND d.status = 'open')), 0),
                coalesce(sum((SELECT sum(d.amount) FROM deals d WHERE d.contact_id = c.id
                              AND d.status = 'won')), 0)
            FROM companies co LEFT JOIN contacts c ON c.company_id = co.id
                AND c.deleted_at IS NULL
            GROUP BY co.id)"),
        QStringLiteral(R"(CREATE TRIGGER company_stats_company_added AFTER INSERT ON companies
            BEGIN
                INSERT INTO company_stats (company_id) VALUES (NEW.id);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER company_stats_company_removed AFTER DELETE ON companies
            BEGIN
                DELETE FROM company_stats WHERE company_id = OLD.id;
            END)"),
        // A person counts with their deals. Before the row goes, while its deals are still
        // there: the deals a deletion cascades to find no live person and change nothing.
        QStringLiteral(R"(CREATE TRIGGER company_stats_contact_added AFTER INSERT ON contacts
            WHEN NEW.company_id IS NOT NULL AND NEW.deleted_at IS NULL
            BEGIN
                %1
                WHERE company_id = NEW.company_id;
            END)")
            .arg(personShare(kAdd, kNew)),
        QStringLiteral(R"(CREATE TRIGGER company_stats_contact_removed BEFORE DELETE ON contacts
            WHEN OLD.company_id IS NOT NULL AND OLD.deleted_at IS NULL
            BEGIN
                %1
                WHERE company_id = OLD.company_id;
            END)")
            .arg(personShare(kTake, kOld)),
        QStringLiteral(R"(CREATE TRIGGER company_stats_contact_changed
            AFTER UPDATE OF company_id, stage, deleted_at ON contacts
            WHEN OLD.company_id IS NOT NEW.company_id OR OLD.stage <> NEW.stage
                OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
            BEGIN
                %2
                WHERE company_id = OLD.company_id AND OLD.deleted_at IS NULL;
                %1
                WHERE company_id = NEW.company_id AND NEW.deleted_at IS NULL;
            END)")
            .arg(personShare(kAdd, kNew), personShare(kTake, kOld)),
        QStringLiteral(R"(CREATE TRIGGER company_stats_deal_added AFTER INSERT ON deals
            BEGIN
                %1
            END)")
            .arg(dealShare(kAdd, kNew)),
        QStringLiteral(R"(CREATE TRIGGER company_stats_deal_removed AFTER DELETE ON deals
            BEGIN
                %1
            END)")
            .arg(dealShare(kTake, kOld)),
        QStringLiteral(R"(CREATE TRIGGER company_stats_deal_changed
            AFTER UPDATE OF contact_id, status, amount ON deals
            BEGIN
                %2
                %1
            END)")
            .arg(dealShare(kAdd, kNew), dealShare(kTake, kOld)),
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
