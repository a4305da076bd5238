#include "databasecontents.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace kizuna::test {

QMap<QString, QStringList> databaseContents(Database &db)
{
    QMap<QString, QStringList> tables;
    // A server's tables have no rowid: every one keeps its id in a column of its own.
    QSqlQuery names = db.prepare(
        db.isServer()
            ? QStringLiteral("SELECT table_name, true FROM information_schema.tables WHERE "
                             "table_schema = current_schema() AND table_type = 'BASE TABLE'")
            : QStringLiteral(
                  "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE type = "
                  "'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'contact_search_%'"));
    db.exec(names);
    while (names.next()) {
        const QString table = names.value(0).toString();
        // Table names come from the schema, not from input; a rowid is compared too, where
        // there is one, so a row put back under another id shows.
        const QString columns =
            names.value(1).toBool() ? QStringLiteral("*") : QStringLiteral("rowid, *");
        QSqlQuery rows = db.prepare(QStringLiteral("SELECT ") + columns +
                                    QStringLiteral(" FROM \"") + table + QStringLiteral("\""));
        db.exec(rows);
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).isNull() ? QStringLiteral("NULL")
                                                     : rows.value(i).toString());
            lines.append(values.join(QLatin1Char('|')));
        }
        lines.sort();
        tables.insert(table, lines);
    }
    return tables;
}

} // namespace kizuna::test
