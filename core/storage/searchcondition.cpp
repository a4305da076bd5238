#include "searchcondition.h"

#include "database.h"
#include "search/searchquery.h"
#include "search/sortkey.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QStringList>

namespace kizuna {

namespace {

// LIKE's own characters in a word stand for themselves.
QString likeContaining(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

SearchCondition::SearchCondition(const Database &db, const SearchQuery &search)
    : m_empty(search.isEmpty())
{
    if (!db.isServer()) {
        m_sql = QStringLiteral("contact_search MATCH ?");
        m_values.append(search.expression());
        return;
    }
    // A trigram index narrows a LIKE of three characters or more; a shorter word is one of
    // the document's grams (SearchDocument::gramsOf), all of them looked up in one array.
    QStringList terms;
    QStringList shortWords;
    for (const QString &word : search.words()) {
        if (word.toUcs4().size() <= 2) {
            shortWords.append(word);
            continue;
        }
        terms.append(QStringLiteral("contact_search.document LIKE ?"));
        m_values.append(likeContaining(word));
    }
    if (!shortWords.isEmpty()) {
        terms.prepend(QStringLiteral("contact_search.grams @> CAST(? AS TEXT[])"));
        m_values.prepend(sql::textArray(shortWords));
    }
    m_sql = terms.isEmpty() ? QStringLiteral("true") : terms.join(QStringLiteral(" AND "));
}

void SearchCondition::bind(QSqlQuery &query) const
{
    for (const QString &value : m_values)
        query.addBindValue(value);
}

QString SearchCondition::contactsWhere() const
{
    if (m_empty)
        return QStringLiteral("WHERE true");
    return QStringLiteral("WHERE c.id IN (SELECT rowid & ? FROM contact_search WHERE ") + m_sql +
           QLatin1Char(')');
}

void SearchCondition::bindContactsWhere(QSqlQuery &query) const
{
    if (m_empty)
        return;
    query.addBindValue(SortKey::kIdMask);
    bind(query);
}

} // namespace kizuna
