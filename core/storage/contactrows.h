#pragma once

#include "contactlistquery.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace kizuna {
class Database;
}

namespace kizuna::contactrows {

/// The SELECT that reads whole contacts (with company, source and tag names), ending in
/// "FROM contacts c ..." so a WHERE clause can follow. Column 25 is the sort key.
const QString &selectSql(const Database &db);
/// The same over `contactsTable`, the contacts table as c with an index hint
/// ("contacts c INDEXED BY ...").
QString selectSql(const Database &db, const QString &contactsTable);
constexpr int kSortKeyColumn = 25;

/// Reads the current row of a query made from selectSql().
Contact contactFrom(const QSqlQuery &query);

/// The filters of a list query as a SQL fragment starting with " AND ", and its values in
/// the order of its placeholders. The fragment's text depends only on which filters are
/// set, never on their values.
struct Filter
{
    QString sql;
    QVariantList values;
};
Filter filterOf(const Database &db, const ContactListQuery &query);

void bindAll(QSqlQuery &query, const QVariantList &values);

/// Cuts a list read with limit + 1 rows down to the page and the cursor after it.
ContactPage pageOf(QList<Contact> rows, QList<QString> sortKeys, int limit);

} // namespace kizuna::contactrows
