// A sales team at work on one database: N `kizuna-cli` clients at once, each for S seconds
// looking at the agenda, completing one of its first follow-ups (often the one another client
// picked too) and scheduling a new one. Afterwards the database is counted against what the
// clients were told: every completion and schedule reported ok is stored once, nothing else
// is, and no client met an error other than a clear "already done".
#include "benchclient.h"
#include "benchdatabase.h"
#include "resulttable.h"
#include "stats.h"

#include "contacts/contactservice.h"
#include "nurture/followupservice.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/followuprepository.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <limits>
#include <memory>

using namespace kizuna;
using bench::ClientCommand;

namespace {

struct Counts
{
    qint64 followUps = 0;
    qint64 done = 0;
    qint64 touches = 0;
};

Counts countsOf(Database &db)
{
    return {FollowUpRepository(db).countAll(),
            static_cast<qint64>(FollowUpService(db, bench::benchToday())
                                    .list(0, FollowUpStatus::Done, std::numeric_limits<int>::max())
                                    .size()),
            ActivityRepository(db).countAll()};
}

QList<qint64> contactIds(Database &db, int contacts)
{
    ContactListQuery query;
    query.limit = contacts;
    QList<qint64> ids;
    for (const Contact &c : ContactService(db, nullptr).page(query).contacts)
        ids.append(c.id);
    return ids;
}

// Open follow-ups due over the past month, so the agenda starts full and overdue.
void ensureOpenFollowUps(Database &db, const QList<qint64> &contacts, qint64 wanted)
{
    const QDate today = bench::benchToday();
    FollowUpRepository followUps(db);
    const qint64 have = followUps.countOpen({}, {});
    QRandomGenerator random(11);
    Transaction transaction(db);
    for (qint64 i = have; i < wanted; ++i) {
        FollowUp f;
        f.contactId = contacts.at(random.bounded(static_cast<int>(contacts.size())));
        f.dueOn = today.addDays(-random.bounded(30));
        f.purpose = QStringLiteral("prepared follow-up %1").arg(i + 1);
        followUps.add(f);
    }
    transaction.commit();
}

QString fileDatabase(const QString &dir)
{
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/concurrency.sqlite");
    // A fresh file each run: the figures should not depend on the runs before.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return path;
}

struct Tally
{
    QList<double> latencies;
    int ok = 0;
    int conflicts = 0;
    int errors = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Kizuna concurrency benchmark: N kizuna-cli clients completing and "
                       "scheduling follow-ups at once; counts afterwards that no update was "
                       "lost"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Clients at once."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long each client works."),
                      QStringLiteral("S"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Contacts in the database."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("open"),
                      QStringLiteral("Open follow-ups in the database at the start."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("pick-from"),
                      QStringLiteral("A client completes one of the agenda's first N "
                                     "follow-ups: the fewer, the more collisions."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Folder for the database file (made anew each run)."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/kizuna-bench")});
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("Use this server database instead of a file "
                                     "(postgresql://USER@HOST:PORT/DBNAME); what it holds "
                                     "already is kept and counted around."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("The kizuna-cli program."),
                      QStringLiteral("PATH"), QStringLiteral(KIZUNA_CLI_BINARY)});
    parser.process(app);
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const bool onServer = parser.isSet(QStringLiteral("server"));
    const QString address = onServer ? parser.value(QStringLiteral("server"))
                                     : fileDatabase(parser.value(QStringLiteral("dir")));

    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(address);
        bench::ensureContactsWithoutReadings(*db,
                                             parser.value(QStringLiteral("contacts")).toLongLong());
    } catch (const StorageError &e) {
        std::fprintf(stderr, "kizuna-bench-concurrency: %s\n", qPrintable(e.message()));
        return 1;
    }
    const QList<qint64> contacts =
        contactIds(*db, parser.value(QStringLiteral("contacts")).toInt());
    ensureOpenFollowUps(*db, contacts, parser.value(QStringLiteral("open")).toLongLong());
    const Counts before = countsOf(*db);
    const qint64 openAtStart = FollowUpRepository(*db).countOpen({}, {});

    // Each run marks what it writes, so a server database can be used again.
    const QString tag =
        QStringLiteral("bench-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    const QDeadlineTimer deadline{std::chrono::seconds(seconds)};
    QList<bench::BenchClient *> running;
    int finished = 0;
    for (int i = 0; i < clients; ++i) {
        auto *client = new bench::BenchClient({parser.value(QStringLiteral("cli")), db->path(),
                                               bench::benchToday(), tag, contacts, i + 1,
                                               parser.value(QStringLiteral("pick-from")).toInt()},
                                              deadline, &app);
        QObject::connect(client, &bench::BenchClient::finished, &app, [&] {
            if (++finished == clients)
                QCoreApplication::quit();
        });
        running.append(client);
    }
    std::printf("concurrency benchmark: %d clients x %d s on %s (%lld contacts, %lld open "
                "follow-ups at the start)\n",
                clients, seconds, qPrintable(db->path()), static_cast<long long>(contacts.size()),
                static_cast<long long>(openAtStart));
    std::fflush(stdout);
    for (bench::BenchClient *client : std::as_const(running))
        client->start();
    QCoreApplication::exec();

    // What the clients were told.
    Tally tallies[3];
    QList<qint64> completed;
    QList<qint64> scheduled;
    QStringList errors;
    for (const bench::BenchClient *client : std::as_const(running)) {
        for (const ClientCommand &c : client->log()) {
            Tally &t = tallies[static_cast<int>(c.kind)];
            t.latencies.append(c.milliseconds);
            if (c.result == ClientCommand::Result::Ok) {
                ++t.ok;
                if (c.kind == ClientCommand::Kind::Complete)
                    completed.append(c.id);
                else if (c.kind == ClientCommand::Kind::Schedule)
                    scheduled.append(c.id);
            } else if (c.result == ClientCommand::Result::Conflict) {
                ++t.conflicts;
            } else {
                ++t.errors;
                errors.append(c.message);
            }
        }
    }

    // What the database holds.
    const Counts after = countsOf(*db);
    FollowUpRepository followUps(*db);
    const qint64 completedTwice =
        completed.size() - QSet<qint64>(completed.cbegin(), completed.cend()).size();
    qint64 completionsNotStored = 0;
    for (qint64 id : std::as_const(completed)) {
        const auto f = followUps.find(id);
        completionsNotStored += f && f->status == FollowUpStatus::Done ? 0 : 1;
    }
    qint64 schedulesNotStored = 0;
    for (qint64 id : std::as_const(scheduled))
        schedulesNotStored += followUps.find(id) ? 0 : 1;
    const qint64 storedCompletions = after.done - before.done;
    const qint64 storedTouches = after.touches - before.touches;
    const qint64 storedSchedules = after.followUps - before.followUps;
    // Each lead's count of open follow-ups (the dropped leads' index) moved by every one.
    const qint64 miscounted = followUps.countMiscountedContacts();
    const qint64 lost = completedTwice + completionsNotStored + schedulesNotStored + miscounted +
                        std::abs(storedCompletions - completed.size()) +
                        std::abs(storedTouches - completed.size()) +
                        std::abs(storedSchedules - scheduled.size());

    const char *names[3] = {"agenda", "complete", "schedule"};
    qint64 operations = 0;
    std::printf("%-10s %7s %7s %9s %6s %8s %8s\n", "command", "runs", "ok", "conflict", "error",
                "p50 ms", "p95 ms");
    const bench::ResultTable results(onServer ? QStringLiteral("concurrency-server")
                                              : QStringLiteral("concurrency"));
    const QString scale = QStringLiteral("%1 clients x %2 s").arg(clients).arg(seconds);
    for (int k = 0; k < 3; ++k) {
        const bench::Summary s = bench::summarize(tallies[k].latencies);
        operations += s.samples;
        std::printf("%-10s %7d %7d %9d %6d %8.0f %8.0f\n", names[k], s.samples, tallies[k].ok,
                    tallies[k].conflicts, tallies[k].errors, s.p50, s.p95);
        results.add(QStringLiteral("%1, %2: p50 / p95").arg(scale, QString::fromUtf8(names[k])),
                    bench::ResultTable::milliseconds(s.p50) + QStringLiteral(" / ") +
                        bench::ResultTable::milliseconds(s.p95));
    }
    const double perSecond = static_cast<double>(operations) / seconds;
    std::printf("%.1f operations/s; %d completions refused as already done\n", perSecond,
                tallies[1].conflicts);
    std::printf("completions told ok %lld, stored %lld, touches logged %lld, completed twice "
                "%lld, not stored %lld\n",
                static_cast<long long>(completed.size()), static_cast<long long>(storedCompletions),
                static_cast<long long>(storedTouches), static_cast<long long>(completedTwice),
                static_cast<long long>(completionsNotStored));
    std::printf("schedules told ok %lld, stored %lld, not found %lld\n",
                static_cast<long long>(scheduled.size()), static_cast<long long>(storedSchedules),
                static_cast<long long>(schedulesNotStored));
    std::printf("leads whose count of open follow-ups is off: %lld\n",
                static_cast<long long>(miscounted));
    const int errorCount = static_cast<int>(errors.size());
    QStringList distinct = errors;
    distinct.removeDuplicates();
    for (const QString &message : std::as_const(distinct).mid(0, 5))
        std::printf("client error: %s\n", qPrintable(message));
    std::printf("lost updates: %lld, client errors: %d  %s\n", static_cast<long long>(lost),
                errorCount, lost == 0 && errorCount == 0 ? "ok" : "MISSED");
    results.add(scale + QStringLiteral(": operations/s"), QString::number(perSecond, 'f', 1));
    results.add(scale + QStringLiteral(": conflicts refused"),
                QString::number(tallies[1].conflicts));
    results.add(scale + QStringLiteral(": lost updates"), QString::number(lost),
                QStringLiteral("0"), {}, lost == 0);
    results.add(scale + QStringLiteral(": client errors"), QString::number(errorCount),
                QStringLiteral("0"), {}, errorCount == 0);
    return lost == 0 && errorCount == 0 ? 0 : 3;
}
