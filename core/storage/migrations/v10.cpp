#include "storage/schemamigrator.h"

namespace kizuna {

namespace {

// The distinct grams of `shortest` (an SQL literal) to five characters of each line of a document,
// counted in characters as PostgreSQL counts them in UTF-8.
QString lineGrams(const QString &document, const QString &shortest)
{
    return QStringLiteral("SELECT DISTINCT substr(l, i, n) FROM regexp_split_to_table(") +
           document + QStringLiteral(", E'\\n') AS l CROSS JOIN generate_series(") + shortest +
           QStringLiteral(", 5) AS n CROSS JOIN LATERAL generate_series(1, length(l) - n + 1) "
                          "AS i");
}

} // namespace

// Version 10: a word of four or five characters is one range of the postings, as a shorter
// one is. At a million contacts a five-character word walked the postings of its two rarest
// three-character grams and checked each candidate with LIKE: 3-6 ms on a server against
// about 1 in a file, because FTS5 checks a phrase in its own position lists and every seek
// into a B-tree costs PostgreSQL about 5 µs. Posting the four- and five-character grams too
// makes such a word exact without LIKE, and a longer word walks two five-character grams,
// which seldom stand apart from it. The postings grow by about 60% (about 25 KB a contact).
// Filled with the index dropped: one sort instead of a hundred million inserts into it.
// kizuna_gram_estimate (version 9) goes: the rarity of a gram is read from pg_stats.
Migration migrationV10()
{
    Migration m;
    m.version = 10;
    m.serverStatements = QStringList{
        QStringLiteral("DROP FUNCTION kizuna_gram_estimate(TEXT)"),
        QStringLiteral("CREATE OR REPLACE FUNCTION kizuna_posted_grams(grams TEXT[], document "
                       "TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE AS $body$ "
                       "SELECT unnest(grams) UNION ALL ") +
            lineGrams(QStringLiteral("document"), QStringLiteral("3")) + QStringLiteral(" $body$"),
        QStringLiteral("DROP INDEX search_postings_by_gram"),
        QStringLiteral("INSERT INTO search_postings (gram, rowid) SELECT g, s.rowid "
                       "FROM contact_search s CROSS JOIN LATERAL (") +
            lineGrams(QStringLiteral("s.document"), QStringLiteral("4")) +
            QStringLiteral(") AS x(g)"),
        QStringLiteral("CREATE INDEX search_postings_by_gram ON search_postings (gram, rowid)"),
    };
    return m;
}

} // namespace kizuna
