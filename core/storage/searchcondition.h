#pragma once

#include <QString>
#include <QStringList>

class QSqlQuery;

namespace kizuna {

class Database;
class SearchQuery;

/// The rows of the search index that match a search: FTS5's MATCH over contact_search in a
/// file. On a server, words of up to five characters are grams of search_postings (see
/// migrations 9 and 10): the rarest leads, read in rowid order, and the others are looked up beside
/// it. Longer words are LIKE over the folded text, through its trigram index, or checked
/// beside the leading gram when the postings are walked (see SearchPageReader). Both find
/// the same contacts: a contact matches when every folded word occurs in one of its values.
class SearchCondition final
{
public:
    SearchCondition(const Database &db, const SearchQuery &search);

    /// True when nothing searchable was typed: every contact matches.
    bool isEmpty() const { return m_empty; }
    /// The matches as "TABLE WHERE condition", to follow FROM; further conditions follow
    /// with AND. Each row's rowid() is a search rowid (see SortKey).
    QString source() const { return sourceJoined(QString()); }
    /// source() with `join` (" JOIN …", which may refer to rowid()) before its WHERE.
    QString sourceJoined(const QString &join) const;
    /// The qualified rowid of source()'s rows.
    QString rowid() const { return m_rowid; }
    /// Binds source()'s values, in the order of its placeholders.
    void bind(QSqlQuery &query) const;

    /// source() for the matches within a narrow range of rowids, which a server reads along
    /// the leading gram's postings however many matches there are in all; its rows' rowid is
    /// rangeRowid() and its values are bound by bindRange.
    QString rangeSource() const;
    QString rangeRowid() const;
    void bindRange(QSqlQuery &query) const;

    /// The matching contacts as a WHERE clause over contacts c ("WHERE true" for no search),
    /// bound by bindContactsWhere.
    QString contactsWhere() const;
    void bindContactsWhere(QSqlQuery &query) const;

    /// On a server: the gram whose postings lead a walk in rowid order (empty when there is
    /// none to walk), and the conditions on a leading posting p that make it a match
    /// (" AND …"), bound by bindBesideLead.
    QString lead() const { return m_lead; }
    QString besideLead() const { return m_besideLead; }
    void bindBesideLead(QSqlQuery &query) const;
    /// The next rarest gram after lead(), or lead() itself when there is no other: a walk
    /// leapfrogs between their postings.
    QString partner() const { return m_partner; }
    /// True when every leading posting that meets besideLead() is a match found by the
    /// grams alone, without LIKE: a walk of them is as exact as source().
    bool leadIsExact() const { return m_likes.isEmpty(); }

private:
    void onServer(const Database &db, const SearchQuery &search);

    bool m_empty = true;
    QString m_table = QStringLiteral("contact_search");
    QString m_rowid = QStringLiteral("contact_search.rowid");
    QString m_where = QStringLiteral("true");
    QStringList m_values;
    QString m_lead;
    QString m_besideLead;
    QString m_partner;
    QStringList m_besideValues;
    QStringList m_likes;
};

} // namespace kizuna
