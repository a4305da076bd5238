// The companies list (issue 6's account view) over a large database: a page of 200 companies
// in each order the list offers, the last page in reading order, a search with its count, the
// page of the company with the most people, and a merge of two companies with its undo, beside
// sqlite3 counting every company's live people in the same run (what the list would cost if
// it counted instead of reading company_stats).
#include "benchdatabase.h"
#include "benchoptions.h"
#include "resulttable.h"
#include "sqlite3runner.h"
#include "stats.h"

#include "contacts/companyservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <functional>

using namespace kizuna;

namespace {

constexpr double kPageTargetMs = 50; // a page must be there before the view repaints
constexpr qint64 kPeoplePerCompany = 10;

// The generated cards name a few hundred firms whatever their number; a firm's address book
// holds about one company for every ten cards. Moves every ten contacts to a company of their
// own (named after a generated one, with a branch number) and drops the emptied originals,
// once per database; company_stats follows through its triggers, as it would in use.
void spreadOverCompanies(const QString &dbPath, qint64 contacts)
{
    const qint64 wanted = contacts / kPeoplePerCompany;
    const QString sql =
        QStringLiteral(
            "BEGIN;\n"
            "CREATE TEMP TABLE base AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, name, "
            "match_key, created_at FROM companies;\n"
            "WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n + 1 < %1)\n"
            "INSERT INTO companies (id, name, name_kana, match_key, created_at, updated_at)\n"
            "SELECT %2 + g.n, b.name || ' ' || (g.n + 1) || '号店', '', b.match_key || '-' || "
            "(g.n + 1), b.created_at, b.created_at FROM g JOIN base b ON b.n = g.n % (SELECT "
            "count(*) FROM base);\n"
            "UPDATE contacts SET company_id = %2 + (id - 1) / %3;\n"
            "DELETE FROM companies WHERE id < %2;\n"
            "COMMIT;\n")
            .arg(wanted)
            .arg(qint64(1) << 40)
            .arg(kPeoplePerCompany);
    std::fprintf(stderr, "spreading %lld contacts over %lld companies...\n",
                 static_cast<long long>(contacts), static_cast<long long>(wanted));
    const double seconds = bench::timedSqlite3({dbPath}, sql.toUtf8());
    std::fprintf(stderr, "spread in %.1f s\n", seconds);
}

bench::Summary timed(int repeats, const std::function<void()> &job)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        job();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return bench::summarize(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bench::BenchOptions options =
        bench::BenchOptions::parse(app, QStringLiteral("Kizuna companies benchmark"),
                                   QStringLiteral("Runs of each query."), 20);
    const QString dbPath = options.databasePath(QStringLiteral("companies"));
    const std::unique_ptr<Database> generated =
        bench::openGeneratedFile(options, QStringLiteral("companies"));
    Database &db = *generated;
    CompanyService companies(db);
    if (companies.count({}) < options.contacts / kPeoplePerCompany / 2)
        spreadOverCompanies(dbPath, options.contacts);
    const qint64 total = companies.count({});
    std::printf("companies benchmark: %lld contacts, %lld companies, %s (%.0f MiB)\n",
                static_cast<long long>(options.contacts), static_cast<long long>(total),
                qPrintable(dbPath), static_cast<double>(QFileInfo(dbPath).size()) / 1048576.0);

    const bench::ResultTable results(QStringLiteral("companies"));
    const double floor = bench::timedSqlite3(
        {QStringLiteral("-readonly"), dbPath,
         QStringLiteral("SELECT company_id, count(*) FROM contacts WHERE deleted_at IS NULL "
                        "GROUP BY company_id ORDER BY 2 DESC LIMIT 200")});
    const QString floorText = QStringLiteral("sqlite3 counts the people %1")
                                  .arg(bench::ResultTable::milliseconds(floor * 1000.0));
    int failures = 0;
    const auto report = [&](const QString &name, const bench::Summary &s, bool hasTarget) {
        const bool ok = !hasTarget || s.p95 <= kPageTargetMs;
        failures += ok ? 0 : 1;
        std::printf("%-44s p50 %8.1f ms  p95 %8.1f ms  %s\n", qPrintable(name), s.p50, s.p95,
                    hasTarget ? (ok ? "ok" : "MISSED") : "");
        results.add(QStringLiteral("%1, %2 companies: p95").arg(name).arg(total),
                    bench::ResultTable::milliseconds(s.p95),
                    hasTarget ? QStringLiteral("p95 <= 50 ms") : QString(), floorText,
                    hasTarget ? std::optional<bool>(ok) : std::nullopt);
    };

    const struct
    {
        const char *name;
        CompanySort sort;
        bool descending;
    } orders[] = {{"first page by reading", CompanySort::Reading, false},
                  {"first page by people", CompanySort::People, true},
                  {"first page by best stage", CompanySort::BestStage, true},
                  {"first page by open deals", CompanySort::OpenDeals, true},
                  {"first page by won revenue", CompanySort::WonRevenue, true}};
    qint64 biggest = 0;
    for (const auto &order : orders) {
        CompanyListQuery query;
        query.sort = order.sort;
        query.descending = order.descending;
        const bench::Summary s = timed(options.repeats, [&] {
            const QList<CompanySummary> page = companies.page(query);
            if (order.sort == CompanySort::People && !page.isEmpty())
                biggest = page.first().id;
        });
        report(QString::fromUtf8(order.name), s, true);
    }
    {
        CompanyListQuery last;
        last.offset = static_cast<int>(std::max<qint64>(0, total - last.limit));
        report(QStringLiteral("last page by reading (OFFSET)"),
               timed(options.repeats, [&] { companies.page(last); }), true);
    }
    {
        CompanyListQuery search;
        search.search = QStringLiteral("商事");
        report(QStringLiteral("search 商事: first page and count"),
               timed(options.repeats,
                     [&] {
                         companies.page(search);
                         companies.count(search.search);
                     }),
               true);
    }
    const qsizetype people = biggest ? companies.companyPage(biggest).people.size() : 0;
    report(QStringLiteral("page of the biggest company (%1 people)").arg(people),
           timed(options.repeats, [&] { companies.companyPage(biggest); }), false);

    // Two companies in the middle of reading order, merged and put back each run: the
    // database ends as it began.
    CompanyListQuery middle;
    middle.offset = static_cast<int>(total / 2);
    middle.limit = 2;
    const QList<CompanySummary> pair = companies.page(middle);
    if (pair.size() == 2) {
        QList<double> merges;
        QList<double> undos;
        for (int i = 0; i < std::max(1, options.repeats / 4); ++i) {
            QElapsedTimer timer;
            timer.start();
            const CompanyMerge merge = companies.merge(pair.at(0).id, pair.at(1).id);
            merges.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            companies.undoMerge(merge.id);
            undos.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        report(QStringLiteral("merge two companies (%1 and %2 people)")
                   .arg(pair.at(0).people)
                   .arg(pair.at(1).people),
               bench::summarize(merges), false);
        report(QStringLiteral("undo that merge"), bench::summarize(undos), false);
    }
    return failures == 0 ? 0 : 3;
}
