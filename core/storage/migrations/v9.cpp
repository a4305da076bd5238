#include "storage/schemamigrator.h"

namespace kizuna {

namespace {

QString postingsFunction(const QString &name, const QString &body)
{
    return QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                          "BEGIN %2 RETURN NULL; END $body$")
        .arg(name, body);
}

// The grams a document is posted under: the one- and two-character ones it keeps
// (SearchDocument::gramsOf) and the three-character ones of each of its lines, counted in
// characters as PostgreSQL counts them in UTF-8.
const QString kPostedGrams = QStringLiteral(
    "CREATE FUNCTION kizuna_posted_grams(grams TEXT[], document TEXT) RETURNS SETOF TEXT "
    "LANGUAGE sql IMMUTABLE AS $body$ SELECT unnest(grams) UNION ALL "
    "SELECT DISTINCT substr(l, i, 3) FROM regexp_split_to_table(document, E'\\n') AS l "
    "CROSS JOIN LATERAL generate_series(1, length(l) - 2) AS i $body$");

// How many postings the planner expects a gram to have, from the statistics ANALYZE keeps
// (most common values and their frequencies): a word's rarest gram leads a walk. The planner
// reads them only for a constant, so the gram is quoted into an EXPLAIN; counting instead
// cost a millisecond for every 5,000 postings.
const QString kEstimate = QStringLiteral(
    "CREATE FUNCTION kizuna_gram_estimate(g TEXT) RETURNS DOUBLE PRECISION "
    "LANGUAGE plpgsql VOLATILE AS $body$ DECLARE plan JSON; BEGIN "
    "EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM search_postings WHERE gram = ' "
    "|| quote_literal(g) INTO plan; "
    "RETURN CAST(plan -> 0 -> 'Plan' ->> 'Plan Rows' AS DOUBLE PRECISION); END $body$");

const QString kAdd =
    QStringLiteral("INSERT INTO search_postings (gram, rowid) SELECT g, n.rowid FROM added n "
                   "CROSS JOIN LATERAL kizuna_posted_grams(n.grams, n.document) AS g;");
const QString kRemove =
    QStringLiteral("DELETE FROM search_postings p USING removed o "
                   "CROSS JOIN LATERAL kizuna_posted_grams(o.grams, o.document) AS g "
                   "WHERE p.gram = g AND p.rowid = o.rowid;");

} // namespace

// Version 9: a server finds the first screenful of a common word without gathering all of it.
// FTS5 reads a word's documents in rowid order, which is reading order, and stops after one
// screenful; a GIN index hands PostgreSQL every match at once, unordered. 吉田 has 22,000
// matches at a million contacts, all of them fetched and sorted for 51 (40 ms against 2.5 in
// a file). Here every gram of up to three characters of a document is a row (gram, rowid) of
// search_postings under a B-tree in that order: a word of up to three characters finds its
// first matches after a cursor as a range of the index, read without touching the table.
// Longer words walk their three-character grams there and are checked with LIKE, or are
// gathered through the trigram index when they are rare. The B-tree costs disk, about 15 KB
// a contact; the GIN index of grams it replaces goes.
// Statement triggers keep it in step with contact_search, whoever
// writes there (saves, imports and their undo, the copier). A file has FTS5: nothing changes.
Migration migrationV9()
{
    Migration m;
    m.version = 9;
    m.serverStatements = QStringList{
        QStringLiteral("CREATE TABLE search_postings ("
                       "gram TEXT COLLATE \"C\" NOT NULL, rowid BIGINT NOT NULL)"),
        kPostedGrams,
        // Filled before the index is built: one sort instead of a million inserts into it.
        QStringLiteral("INSERT INTO search_postings (gram, rowid) SELECT g, s.rowid "
                       "FROM contact_search s "
                       "CROSS JOIN LATERAL kizuna_posted_grams(s.grams, s.document) AS g"),
        QStringLiteral("CREATE INDEX search_postings_by_gram ON search_postings (gram, rowid)"),
        // The 1,000 most common grams and their frequencies: the rest have fewer than about
        // 30,000 postings a million contacts. Five times as many made the planning of every
        // statement on the postings a millisecond slower.
        QStringLiteral("ALTER TABLE search_postings ALTER COLUMN gram SET STATISTICS 1000"),
        kEstimate,
        postingsFunction(QStringLiteral("kizuna_postings_added"), kAdd),
        postingsFunction(QStringLiteral("kizuna_postings_removed"), kRemove),
        postingsFunction(QStringLiteral("kizuna_postings_changed"), kRemove + kAdd),
        // PostgreSQL allows transition tables only on a trigger of one event.
        QStringLiteral("CREATE TRIGGER contact_search_postings_added AFTER INSERT ON "
                       "contact_search REFERENCING NEW TABLE AS added FOR EACH STATEMENT "
                       "EXECUTE FUNCTION kizuna_postings_added()"),
        QStringLiteral("CREATE TRIGGER contact_search_postings_removed AFTER DELETE ON "
                       "contact_search REFERENCING OLD TABLE AS removed FOR EACH STATEMENT "
                       "EXECUTE FUNCTION kizuna_postings_removed()"),
        QStringLiteral("CREATE TRIGGER contact_search_postings_changed AFTER UPDATE ON "
                       "contact_search REFERENCING OLD TABLE AS removed NEW TABLE AS added "
                       "FOR EACH STATEMENT EXECUTE FUNCTION kizuna_postings_changed()"),
        QStringLiteral("DROP INDEX contact_search_by_gram"),
    };
    return m;
}

} // namespace kizuna
