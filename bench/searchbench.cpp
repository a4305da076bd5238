// Search-as-you-type over a large generated database: p50/p95 latency of the first screenful
// of results for 2-, 3- and 5-character queries in kanji, kana, romaji and digits, beside
// `grep -c` for the same strings over the same data as CSV, measured in the same run.
#include "benchdatabase.h"
#include "benchoptions.h"
#include "resulttable.h"
#include "stats.h"

#include "contacts/contactservice.h"
#include "demo/demodatagenerator.h"
#include "storage/database.h"
#include "text/kanaromanizer.h"
#include "text/mecabreadingguesser.h"
#include "text/textnormalizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <cstdio>
#include <memory>

using namespace kizuna;

namespace {

struct QueryClass
{
    QString kind;
    int length = 0;
    QStringList queries;
};

QString digitsOf(const Contact &c)
{
    return TextNormalizer::digits(c.phoneWork.isEmpty() ? c.phoneMobile : c.phoneWork);
}

// A substring of `length` code points of the value, or empty when it is too short.
QString slice(const QString &value, int length, QRandomGenerator &random)
{
    const QList<uint> points = value.toUcs4();
    if (points.size() < length)
        return {};
    const auto start = random.bounded(static_cast<int>(points.size()) - length + 1);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + start),
                             length);
}

QList<QueryClass> sampleQueries(qint64 contacts, int perClass)
{
    const DemoDataGenerator generator(42, bench::benchToday());
    QRandomGenerator random(7);
    QList<QueryClass> classes;
    for (const int length : {2, 3, 5}) {
        for (const QString &kind : {QStringLiteral("kanji"), QStringLiteral("kana"),
                                    QStringLiteral("romaji"), QStringLiteral("digits")}) {
            QueryClass qc{kind, length, {}};
            for (int guard = 0; qc.queries.size() < perClass && guard < perClass * 50; ++guard) {
                const Contact c = generator.contact(random.bounded(contacts));
                const QString kana = c.familyKana + c.givenKana;
                QString source;
                if (kind == QStringLiteral("kanji"))
                    // Five kanji rarely fit in a name; longer queries are typed for companies.
                    source = length < 5 ? c.familyName + c.givenName : c.company;
                else if (kind == QStringLiteral("kana"))
                    source = kana;
                else if (kind == QStringLiteral("romaji"))
                    source = KanaRomanizer::hepburn(kana);
                else
                    source = digitsOf(c);
                const QString q = slice(source, length, random);
                if (!q.isEmpty())
                    qc.queries.append(q);
            }
            classes.append(qc);
        }
    }
    return classes;
}

double grepMilliseconds(const QString &csv, const QString &needle)
{
    QElapsedTimer timer;
    timer.start();
    QProcess grep;
    grep.start(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("-F"), needle, csv});
    grep.waitForFinished(-1);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kizuna search-as-you-type benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Contacts in the database."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the generated data."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/kizuna-bench")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Queries per class."),
                      QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("Rows per screenful."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption(
        {QStringLiteral("show-slow"), QStringLiteral("Print every query slower than one frame.")});
    parser.addOption(bench::BenchOptions::serverOption());
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("contacts")).toLongLong();
    const int perClass = parser.value(QStringLiteral("queries")).toInt();
    const QString dir = parser.value(QStringLiteral("dir"));
    QDir().mkpath(dir);

    const QString dbPath = dir + QStringLiteral("/search-%1.sqlite").arg(count);
    Database file(dbPath);
    // Readings are guessed as the app guesses them, so the data sorts as a user's would.
    const MecabReadingGuesser guesser;
    ContactService fileService(file, guesser.isAvailable() ? &guesser : nullptr);
    const double loadSeconds = bench::ensureContacts(fileService, count);
    const std::unique_ptr<Database> server =
        parser.isSet(QStringLiteral("server"))
            ? bench::serverCopyOf(file, parser.value(QStringLiteral("server")))
            : nullptr;
    Database &db = server ? *server : file;
    ContactService service(db, guesser.isAvailable() ? &guesser : nullptr);
    const QString csv = bench::ensureCsv(dir + QStringLiteral("/search-%1.csv").arg(count), count);

    std::printf("search benchmark: %lld contacts, %s (the file: %.0f MiB), first page of %d "
                "rows\n",
                static_cast<long long>(count), qPrintable(db.path()),
                static_cast<double>(QFileInfo(dbPath).size()) / 1048576.0,
                parser.value(QStringLiteral("page")).toInt());
    if (loadSeconds > 0)
        std::printf("generated and loaded in %.1f s\n", loadSeconds);
    std::printf("%-7s %-4s %8s %8s %8s %8s %8s  %s\n", "kind", "len", "rows", "p50 ms", "p95 ms",
                "max ms", "grep ms", "target p95 <= 16 ms");

    int failures = 0;
    const bench::ResultTable results(server ? QStringLiteral("search-server")
                                            : QStringLiteral("search"));
    for (const QueryClass &qc : sampleQueries(count, perClass)) {
        QList<double> latencies;
        qint64 rowsShown = 0;
        for (const QString &q : qc.queries) {
            ContactListQuery query;
            query.search = q;
            query.limit = parser.value(QStringLiteral("page")).toInt();
            QElapsedTimer timer;
            timer.start();
            const ContactPage page = service.page(query);
            latencies.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            rowsShown += page.contacts.size();
            if (parser.isSet(QStringLiteral("show-slow")) && latencies.last() > 16.0)
                std::fprintf(stderr, "slow: %s %.1f ms\n", qPrintable(q), latencies.last());
        }
        QList<double> grepTimes;
        for (qsizetype i = 0; i < std::min<qsizetype>(5, qc.queries.size()); ++i)
            grepTimes.append(grepMilliseconds(csv, qc.queries.at(i)));
        const bench::Summary s = bench::summarize(latencies);
        const bench::Summary g = bench::summarize(grepTimes);
        const bool ok = s.p95 <= 16.0;
        failures += ok ? 0 : 1;
        const double meanRows =
            qc.queries.isEmpty() ? 0 : static_cast<double>(rowsShown) / qc.queries.size();
        results.add(
            QStringLiteral("%1, %2 characters, %3 contacts: p95")
                .arg(qc.kind)
                .arg(qc.length)
                .arg(count),
            bench::ResultTable::milliseconds(s.p95), QStringLiteral("p95 <= 16 ms"),
            QStringLiteral("grep over the CSV %1").arg(bench::ResultTable::milliseconds(g.p50)),
            ok);
        std::printf("%-7s %-4d %8.1f %8.2f %8.2f %8.2f %8.1f  %s\n", qPrintable(qc.kind), qc.length,
                    meanRows, s.p50, s.p95, s.max, g.p50, ok ? "ok" : "MISSED");
    }
    return failures == 0 ? 0 : 3;
}
