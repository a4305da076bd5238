#include "sqldialect.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace kizuna::sqldialect {

QString idsFrom(const Database &db, const QString &alias)
{
    if (db.isServer())
        return QStringLiteral("(SELECT e.value::bigint AS value FROM "
                              "json_array_elements_text(CAST(? AS json)) AS e(value)) ") +
               alias;
    return QStringLiteral("json_each(?) ") + alias;
}

QString idsIn(const Database &db)
{
    return QStringLiteral("(SELECT value FROM ") + idsFrom(db, QStringLiteral("ids")) +
           QLatin1Char(')');
}

QString joined(const Database &db, const QString &expression, const QString &separator)
{
    return (db.isServer() ? QStringLiteral("string_agg(") : QStringLiteral("group_concat(")) +
           expression + QStringLiteral(", ") + separator + QLatin1Char(')');
}

QString unitSeparator(const Database &db)
{
    return db.isServer() ? QStringLiteral("chr(31)") : QStringLiteral("char(31)");
}

QString indexed(const Database &db, const QString &tableAndAlias, const QString &index)
{
    if (db.isServer())
        return tableAndAlias;
    return tableAndAlias + QStringLiteral(" INDEXED BY ") + index;
}

qint64 insertedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

QString lastCharacter(const Database &db)
{
    return db.isServer() ? QStringLiteral("chr(1114111)") : QStringLiteral("char(1114111)");
}

QString position(const Database &db, const QString &haystack, const QString &needle)
{
    return (db.isServer() ? QStringLiteral("strpos(") : QStringLiteral("instr(")) + haystack +
           QStringLiteral(", ") + needle + QLatin1Char(')');
}

QString identifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace kizuna::sqldialect
