// The funnel of a large history: 1,000,000 contacts with 5,000,000 stage changes, computed
// for all time, for the last twelve months and for one source, beside sqlite3 counting the
// same stage changes in the same run (the least any funnel has to read).
#include "benchdatabase.h"
#include "benchoptions.h"
#include "resulttable.h"
#include "sqlite3runner.h"
#include "stats.h"

#include "demo/demodatagenerator.h"
#include "funnel/funnelstatistics.h"
#include "storage/database.h"
#include "storage/stagehistoryrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace kizuna;

namespace {

constexpr int kStepsPerContact = 4; // besides the entry: five changes per contact
constexpr qint64 kBatch = 20000;

// The next stage of a lead: mostly one step along the main line, sometimes lost, and a
// lost lead revived to warm.
Stage nextStage(Stage stage, QRandomGenerator &random)
{
    if (stage == Stage::Lost)
        return Stage::Warm;
    if (stage == Stage::Loyal || random.bounded(6) == 0)
        return Stage::Lost;
    // One stage on, or now and then two (a cold lead that is suddenly hot).
    const int skip = random.bounded(8) == 0 ? 1 : 0;
    return static_cast<Stage>(
        std::min(static_cast<int>(stage) + 1 + skip, static_cast<int>(Stage::Loyal)));
}

qint64 ensureSteps(Database &db, qint64 contacts)
{
    StageHistoryRepository stages(db);
    const qint64 want = contacts * (kStepsPerContact + 1);
    const qint64 have = stages.countAll();
    if (have >= want)
        return have;
    if (have != contacts)
        qFatal("the database holds %lld stage changes: delete it and start again",
               static_cast<long long>(have));
    const DemoDataGenerator generator(42, bench::benchToday());
    QElapsedTimer timer;
    timer.start();
    for (qint64 start = 0; start < contacts; start += kBatch) {
        Transaction transaction(db);
        for (qint64 i = start; i < std::min(contacts, start + kBatch); ++i) {
            const Contact card = generator.contact(i);
            QRandomGenerator random(static_cast<quint32>(i * 2246822519u + 3u));
            QDate on = card.cardExchangedOn.isValid() ? card.cardExchangedOn
                                                      : bench::benchToday().addYears(-2);
            Stage stage = card.stage;
            for (int k = 0; k < kStepsPerContact; ++k) {
                on = on.addDays(1 + random.bounded(60));
                stage = nextStage(stage, random);
                stages.change(i + 1, stage, on, {});
            }
        }
        transaction.commit();
        std::fprintf(stderr, "\rwriting stage changes: %lld / %lld contacts (%.0f s)",
                     static_cast<long long>(std::min(contacts, start + kBatch)),
                     static_cast<long long>(contacts),
                     static_cast<double>(timer.elapsed()) / 1000.0);
    }
    std::fprintf(stderr, "\n");
    return stages.countAll();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bench::BenchOptions options = bench::BenchOptions::parse(
        app, QStringLiteral("Kizuna funnel benchmark"), QStringLiteral("Runs of each funnel."), 5);
    const qint64 count = options.contacts;
    const int repeats = options.repeats;
    const QDate today = bench::benchToday();

    const QString dbPath = options.databasePath(QStringLiteral("funnel"));
    const std::unique_ptr<Database> generated =
        bench::openGeneratedFile(options, QStringLiteral("funnel"));
    // Readings play no part here, so the contacts are stored without MeCab's guesses.
    Database &file = *generated;
    const qint64 steps = ensureSteps(file, count);
    const std::unique_ptr<Database> server =
        options.server.isEmpty() ? nullptr : bench::serverCopyOf(file, options.server);
    Database &db = server ? *server : file;
    std::printf("funnel benchmark: %lld contacts, %lld stage changes, %s (the file: %.0f MiB)\n",
                static_cast<long long>(count), static_cast<long long>(steps), qPrintable(db.path()),
                static_cast<double>(QFileInfo(dbPath).size()) / 1048576.0);

    FunnelFilter lastYear;
    lastYear.from = today.addYears(-1);
    lastYear.to = today;
    FunnelFilter oneSource;
    const DemoDataGenerator generator(42, bench::benchToday());
    for (qint64 i = 0; oneSource.source.isEmpty() && i < count; ++i)
        oneSource.source = generator.contact(i).source;
    const struct
    {
        const char *name;
        FunnelFilter filter;
    } cases[] = {{"all time", {}}, {"last 12 months", lastYear}, {"one source", oneSource}};

    std::printf("%-16s %9s %9s %9s  %s\n", "funnel", "leads", "p50 ms", "max ms",
                "target <= 200 ms");
    int failures = 0;
    QList<std::pair<QString, double>> firstAndWarm; // for the combined table, with the floor
    const FunnelStatistics statistics(db, today);
    // The first funnel of a session reads the whole history into memory; the ones after it,
    // for any period or source, walk that copy until the database changes.
    {
        QElapsedTimer timer;
        timer.start();
        const qint64 leads = statistics.compute({}).leads;
        firstAndWarm.append({QStringLiteral("first of a session (reads the history)"),
                             static_cast<double>(timer.nsecsElapsed()) / 1e6});
        std::printf("%-16s %9lld %9.1f %9s  %s\n", "first (reads)", static_cast<long long>(leads),
                    static_cast<double>(timer.nsecsElapsed()) / 1e6, "", "(no target)");
    }
    for (const auto &c : cases) {
        QList<double> times;
        qint64 leads = 0;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            leads = statistics.compute(c.filter).leads;
            times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        const bench::Summary s = bench::summarize(times);
        const bool ok = s.p50 <= 200;
        firstAndWarm.append({QString::fromUtf8(c.name), s.p50});
        failures += ok ? 0 : 1;
        std::printf("%-16s %9lld %9.1f %9.1f  %s\n", c.name, static_cast<long long>(leads), s.p50,
                    s.max, ok ? "ok" : "MISSED");
    }
    const double floor = bench::timedSqlite3(
        {QStringLiteral("-readonly"), dbPath,
         QStringLiteral("SELECT to_stage, count(*) FROM stage_changes GROUP BY to_stage")});
    std::printf("floor: sqlite3 counts the stage changes by stage: %.0f ms\n", floor * 1000.0);
    const bench::ResultTable results(server ? QStringLiteral("funnel-server")
                                            : QStringLiteral("funnel"));
    const QString floorText = QStringLiteral("sqlite3 counts the steps %1")
                                  .arg(bench::ResultTable::milliseconds(floor * 1000.0));
    for (qsizetype i = 0; i < firstAndWarm.size(); ++i) {
        const auto &[name, ms] = firstAndWarm.at(i);
        results.add(
            QStringLiteral("%1, %2 contacts, %3 steps: p50").arg(name).arg(count).arg(steps),
            bench::ResultTable::milliseconds(ms), i == 0 ? QString() : QStringLiteral("<= 200 ms"),
            floorText, i == 0 ? std::nullopt : std::optional<bool>(ms <= 200));
    }
    return failures == 0 ? 0 : 3;
}
