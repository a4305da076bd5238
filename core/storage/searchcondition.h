#pragma once

#include <QString>
#include <QStringList>

class QSqlQuery;

namespace kizuna {

class Database;
class SearchQuery;

/// The rows of contact_search that match a search, as a condition for a WHERE clause: FTS5's
/// MATCH in a file; on a server, the words of one or two characters among the document's
/// grams and longer words by LIKE over the trigram-indexed text. Both find the same
/// contacts: a contact matches when every folded word occurs in one of its values.
class SearchCondition final
{
public:
    SearchCondition(const Database &db, const SearchQuery &search);

    /// True when nothing searchable was typed: every contact matches.
    bool isEmpty() const { return m_empty; }
    /// The condition on contact_search, with placeholders.
    QString sql() const { return m_sql; }
    /// Binds the condition's values, in the order of its placeholders.
    void bind(QSqlQuery &query) const;

    /// The matching contacts as a WHERE clause over contacts c ("WHERE true" for no search),
    /// bound by bindContactsWhere.
    QString contactsWhere() const;
    void bindContactsWhere(QSqlQuery &query) const;

private:
    bool m_empty = true;
    QString m_sql;
    QStringList m_values;
};

} // namespace kizuna
