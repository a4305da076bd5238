#include "search/searchdocument.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>
#include <utility>

namespace kizuna {

namespace {

constexpr qsizetype kRowsPerStatement = 500;

// The grams of the documents a server already holds, a chunk of rows at a time in rowid
// order: a connection to a server reads one result at a time, and a million documents at
// once would fill the memory.
void fillGrams(const Database &db)
{
    if (!db.isServer())
        return;
    const QString update = QStringLiteral(
        "UPDATE contact_search AS s SET grams = CAST(v.grams AS TEXT[]) FROM (VALUES ");
    const QString row = QStringLiteral("(CAST(? AS BIGINT), ?)");
    qint64 after = std::numeric_limits<qint64>::min();
    while (true) {
        QSqlQuery read = db.prepare(QStringLiteral("SELECT rowid, document FROM contact_search "
                                                   "WHERE rowid > ? ORDER BY rowid LIMIT ?"));
        read.addBindValue(after);
        read.addBindValue(kRowsPerStatement);
        db.exec(read);
        QList<std::pair<qint64, QString>> documents;
        while (read.next())
            documents.append({read.value(0).toLongLong(), read.value(1).toString()});
        read.finish();
        if (documents.isEmpty())
            return;
        QSqlQuery write =
            db.prepare(update + sql::repeatedRows(row, documents.size()) +
                       QStringLiteral(") AS v(rowid, grams) WHERE s.rowid = v.rowid"));
        for (const auto &[rowid, document] : std::as_const(documents)) {
            write.addBindValue(rowid);
            write.addBindValue(sql::textArray(SearchDocument::gramsOf(document)));
        }
        db.exec(write);
        after = documents.last().first;
    }
}

} // namespace

// Version 7: search for words of one or two characters on a server.
// A trigram index cannot narrow a LIKE of fewer than three characters, so such a search read
// the whole index (150 ms for two kana at 100,000 contacts, against 2 ms in a file). Each
// document now also keeps its distinct one- and two-character pieces in an array under a GIN
// index, the very tokens FTS5 finds those words among in a file, and a short word is looked
// up there. A file's index has them already: nothing changes in a file.
Migration migrationV7()
{
    Migration m;
    m.version = 7;
    m.serverStatements = QStringList{
        QStringLiteral("ALTER TABLE contact_search ADD COLUMN grams TEXT[] NOT NULL DEFAULT '{}'"),
        QStringLiteral("CREATE INDEX contact_search_by_gram ON contact_search USING gin (grams)"),
    };
    m.code = fillGrams;
    return m;
}

} // namespace kizuna
