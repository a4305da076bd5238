#include "companylistrepository.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "text/textnormalizer.h"

#include <QVariant>

namespace kizuna {

namespace {

// The reading the list sorts by; the same expression as the index companies_by_reading, or
// SQLite would not use it.
const QString kReading =
    QStringLiteral("(CASE co.name_kana WHEN '' THEN co.match_key ELSE co.name_kana END)");

// What the list shows of a company is kept in company_stats (see migration 5); the best stage
// ranks loyal 6, customer 5, hot 4, warm 3, cold 2, lost 1, and 0 for nobody.
QString selectSummaries()
{
    return QStringLiteral(
        "SELECT co.id, co.name, co.name_kana, s.people, "
        "CASE WHEN s.loyal > 0 THEN 6 WHEN s.customer > 0 THEN 5 WHEN s.hot > 0 THEN 4 "
        "WHEN s.warm > 0 THEN 3 WHEN s.cold > 0 THEN 2 WHEN s.lost > 0 THEN 1 ELSE 0 END "
        "AS best, s.open_deals, s.won_revenue "
        "FROM companies co JOIN company_stats s ON s.company_id = co.id ");
}

QString searchSql(const Database &db)
{
    const QString value = QStringLiteral("?");
    return QStringLiteral("WHERE (? = '' OR %1 > 0 OR (? <> '' AND (%2 > 0 OR %3 > 0))) ")
        .arg(sqldialect::position(db, QStringLiteral("co.name"), value),
             sqldialect::position(db, QStringLiteral("co.match_key"), value),
             sqldialect::position(db, QStringLiteral("co.name_kana"), value));
}

void bindSearch(QSqlQuery &q, const QString &search)
{
    // A null QString binds as NULL, which matches nothing; sql::text makes it "".
    const QString trimmed = sql::text(search.trimmed());
    const QString folded = sql::text(TextNormalizer::searchForm(trimmed));
    // Text that folds to nothing ("%", "・") matches only a name that holds it as typed.
    for (const QString &value : {trimmed, trimmed, folded, folded, folded})
        q.addBindValue(value);
}

// Only fixed text goes into ORDER BY: the column and direction are chosen here, never
// taken from input.
QString orderBy(const CompanyListQuery &query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString column;
    switch (query.sort) {
    case CompanySort::Reading:
        return QStringLiteral("ORDER BY %1%2, co.id%2").arg(kReading, direction);
    case CompanySort::People:
        column = QStringLiteral("s.people");
        break;
    case CompanySort::BestStage:
        column = QStringLiteral("best");
        break;
    case CompanySort::OpenDeals:
        column = QStringLiteral("s.open_deals");
        break;
    case CompanySort::WonRevenue:
        column = QStringLiteral("s.won_revenue");
        break;
    }
    // Ties stay in reading order whichever way the column runs.
    // arg() rather than operator+: GCC's -O2 array-bounds check misreads the string builder
    // over a QString that could be empty.
    return QStringLiteral("ORDER BY %1%2, %3, co.id").arg(column, direction, kReading);
}

std::optional<Stage> stageOfRank(int rank)
{
    switch (rank) {
    case 1:
        return Stage::Lost;
    case 2:
        return Stage::Cold;
    case 3:
        return Stage::Warm;
    case 4:
        return Stage::Hot;
    case 5:
        return Stage::Customer;
    case 6:
        return Stage::Loyal;
    default:
        return std::nullopt;
    }
}

CompanySummary summaryFrom(const QSqlQuery &q)
{
    CompanySummary s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.nameKana = q.value(2).toString();
    s.people = q.value(3).toInt();
    s.bestStage = stageOfRank(q.value(4).toInt());
    s.openDeals = q.value(5).toInt();
    s.wonRevenue = q.value(6).toLongLong();
    return s;
}

} // namespace

CompanyListRepository::CompanyListRepository(const Database &db)
    : m_db(db)
{}

QList<CompanySummary> CompanyListRepository::page(const CompanyListQuery &query) const
{
    QSqlQuery q = m_db.prepare(selectSummaries() + searchSql(m_db) + orderBy(query) +
                               QStringLiteral(" LIMIT ? OFFSET ?"));
    bindSearch(q, query.search);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    m_db.exec(q);
    QList<CompanySummary> rows;
    while (q.next())
        rows.append(summaryFrom(q));
    return rows;
}

qint64 CompanyListRepository::count(const QString &search) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM companies co ") + searchSql(m_db));
    bindSearch(q, search);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<CompanySummary> CompanyListRepository::summary(qint64 companyId) const
{
    QSqlQuery q = m_db.prepare(selectSummaries() + QStringLiteral("WHERE co.id = ?"));
    q.addBindValue(companyId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    return summaryFrom(q);
}

} // namespace kizuna
