#include "searchcondition.h"

#include "database.h"
#include "search/searchquery.h"
#include "search/sortkey.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

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

// A document is posted under its grams of up to this many characters (migrations 9, 10).
constexpr qsizetype kLongestGram = 5;

// The planner's share of the postings for each of the gram column's most common values; any
// other gram is rarer. Read once a connection: an EXPLAIN of each gram for every search
// cost 0.5 ms a gram.
QVariantHash commonGrams(const Database &db)
{
    return db
        .sessionValue(QStringLiteral("search.commonGrams"),
                      [&db] {
                          QSqlQuery q = db.prepare(QStringLiteral(
                              "SELECT m.gram, m.share FROM pg_stats s CROSS JOIN LATERAL "
                              "unnest(CAST(CAST(s.most_common_vals AS TEXT) AS TEXT[]), "
                              "s.most_common_freqs) AS m(gram, share) WHERE s.schemaname = "
                              "current_schema() AND s.tablename = ? AND s.attname = ?"));
                          q.addBindValue(QStringLiteral("search_postings"));
                          q.addBindValue(QStringLiteral("gram"));
                          db.exec(q);
                          QVariantHash shares;
                          while (q.next())
                              shares.insert(q.value(0).toString(), q.value(1).toDouble());
                          return QVariant(shares);
                      })
        .toHash();
}

// The grams, rarest first by the server's statistics.
QStringList byRarity(const Database &db, QStringList grams)
{
    if (grams.size() < 2)
        return grams;
    const QVariantHash shares = commonGrams(db);
    const auto share = [&shares](const QString &gram) {
        return shares.value(gram, 0.0).toDouble();
    };
    std::sort(grams.begin(), grams.end(), [&share](const QString &a, const QString &b) {
        const double sa = share(a);
        const double sb = share(b);
        return sa != sb ? sa < sb : a < b;
    });
    return grams;
}

QString postedBeside(const QString &row)
{
    return QStringLiteral(" AND EXISTS (SELECT 1 FROM search_postings o WHERE o.gram = ? AND ") +
           row + QStringLiteral(" = o.rowid)");
}

} // namespace

SearchCondition::SearchCondition(const Database &db, const SearchQuery &search)
    : m_empty(search.isEmpty())
{
    if (m_empty)
        return;
    if (!db.isServer()) {
        m_where = QStringLiteral("contact_search MATCH ?");
        m_values.append(search.expression());
        return;
    }
    onServer(db, search);
}

// A word of up to five characters is one of the document's posted grams; a longer one has
// all of its five-character grams on one line, and LIKE tells whether they stand together.
// Gathering every match, a trigram index finds a long word's few matches at once; walking in
// rowid order, the rarest gram leads and every other one is one lookup per posting it yields.
void SearchCondition::onServer(const Database &db, const SearchQuery &search)
{
    QStringList shortWords;
    QStringList grams;
    for (const QString &word : search.words()) {
        const QList<uint> points = word.toUcs4();
        if (points.size() <= kLongestGram) {
            shortWords.append(word);
            grams.append(word);
            continue;
        }
        const auto *start = reinterpret_cast<const char32_t *>(points.constData());
        for (qsizetype i = 0; i + kLongestGram <= points.size(); ++i)
            grams.append(QString::fromUcs4(start + i, kLongestGram));
        m_likes.append(likeContaining(word));
    }
    shortWords.removeDuplicates();
    grams.removeDuplicates();
    if (grams.isEmpty())
        return;
    grams = byRarity(db, grams);

    m_lead = grams.takeFirst();
    m_partner = grams.isEmpty() ? m_lead : grams.first();
    for (const QString &gram : std::as_const(grams)) {
        m_besideLead += postedBeside(QStringLiteral("p.rowid"));
        m_besideValues.append(gram);
    }
    if (!m_likes.isEmpty()) {
        m_besideLead += QStringLiteral(" AND EXISTS (SELECT 1 FROM contact_search s "
                                       "WHERE s.rowid = p.rowid");
        for (const QString &like : std::as_const(m_likes)) {
            m_besideLead += QStringLiteral(" AND s.document LIKE ?");
            m_besideValues.append(like);
        }
        m_besideLead += QLatin1Char(')');
    }

    if (m_likes.isEmpty()) {
        m_table = QStringLiteral("search_postings p");
        m_rowid = QStringLiteral("p.rowid");
        m_where = QStringLiteral("p.gram = ?") + m_besideLead;
        m_values = QStringList{m_lead} + m_besideValues;
        return;
    }
    QStringList terms;
    for (const QString &like : std::as_const(m_likes)) {
        terms.append(QStringLiteral("contact_search.document LIKE ?"));
        m_values.append(like);
    }
    m_where = terms.join(QStringLiteral(" AND "));
    for (const QString &word : std::as_const(shortWords)) {
        m_where += postedBeside(QStringLiteral("contact_search.rowid"));
        m_values.append(word);
    }
}

QString SearchCondition::sourceJoined(const QString &join) const
{
    return m_table + join + QStringLiteral(" WHERE ") + m_where;
}

QString SearchCondition::rangeSource() const
{
    if (m_lead.isEmpty())
        return source();
    return QStringLiteral("search_postings p WHERE p.gram = ?") + m_besideLead;
}

QString SearchCondition::rangeRowid() const
{
    return m_lead.isEmpty() ? rowid() : QStringLiteral("p.rowid");
}

void SearchCondition::bindRange(QSqlQuery &query) const
{
    if (m_lead.isEmpty()) {
        bind(query);
        return;
    }
    query.addBindValue(m_lead);
    bindBesideLead(query);
}

void SearchCondition::bind(QSqlQuery &query) const
{
    for (const QString &value : m_values)
        query.addBindValue(value);
}

void SearchCondition::bindBesideLead(QSqlQuery &query) const
{
    for (const QString &value : m_besideValues)
        query.addBindValue(value);
}

QString SearchCondition::contactsWhere() const
{
    if (m_empty)
        return QStringLiteral("WHERE true");
    return QStringLiteral("WHERE c.id IN (SELECT ") + rowid() + QStringLiteral(" & ? FROM ") +
           source() + QLatin1Char(')');
}

void SearchCondition::bindContactsWhere(QSqlQuery &query) const
{
    if (m_empty)
        return;
    query.addBindValue(SortKey::kIdMask);
    bind(query);
}

} // namespace kizuna
