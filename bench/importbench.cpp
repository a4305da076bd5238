// Importing business cards: 100,000 Eight-style rows (UTF-8 and CP932) into an empty
// database with normalisation, readings, duplicate checks and the search index, then the same
// file again (everything merges). Beside it, the baseline the issue names: sqlite3's own
// ".import --csv" into :memory: plus an FTS5 trigram index of the same rows, in the same run.
#include "resulttable.h"
#include "sqlite3runner.h"

#include "contacts/contactservice.h"
#include "demo/demodatagenerator.h"
#include "import/contactimporter.h"
#include "io/processmemory.h"
#include "storage/database.h"
#include "text/mecabreadingguesser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace kizuna;

namespace {

QString field(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Eight's export: fixed columns, then one column per tag.
QString eightCsv(qint64 rows)
{
    QString text =
        QString::fromUtf8("会社名,部署名,役職,姓,名,e-mail,郵便番号,住所,TEL会社,TEL部門,"
                          "TEL直通,Fax,携帯電話,URL,名刺交換日,展示会,VIP\r\n");
    const DemoDataGenerator generator(77, QDate(2026, 11, 24));
    for (qint64 i = 0; i < rows; ++i) {
        const Contact c = generator.contact(i);
        const QStringList cells{
            c.company,
            c.department,
            c.title,
            c.familyName,
            c.givenName,
            QStringLiteral("n%1.").arg(i) + c.email,
            c.postalCode,
            c.address,
            c.phoneWork,
            QString(),
            c.phoneDirect,
            c.fax,
            c.phoneMobile,
            c.url,
            c.cardExchangedOn.toString(QStringLiteral("yyyy/MM/dd")),
            c.tags.contains(QString::fromUtf8("展示会")) ? QStringLiteral("1") : QString(),
            c.tags.contains(QStringLiteral("VIP")) ? QStringLiteral("1") : QString()};
        QStringList quoted;
        for (const QString &cell : cells)
            quoted.append(field(cell));
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Linux keeps the peak resident size in VmHWM; writing 5 to clear_refs resets it, so the
// peak of the imports alone can be read after generating the files.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double peakRssMiB()
{
    return static_cast<double>(std::max<qint64>(0, ProcessMemory::peakResidentKiB())) / 1024.0;
}

struct Run
{
    double seconds = 0;
    ImportSummary summary;
};

Run importOnce(ContactImporter &importer, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Run run;
    run.summary = importer.importFile(path, {});
    run.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return run;
}

double baselineSeconds(const QString &csvUtf8)
{
    // The same rows through sqlite3's CSV import and a trigram FTS5 index over the text.
    const QString script =
        QStringLiteral(
            ".import --csv %1 cards\n"
            "CREATE VIRTUAL TABLE search USING fts5(t, tokenize='trigram');\n"
            "INSERT INTO search SELECT 会社名 || ' ' || 部署名 || ' ' || 姓 || 名 || ' ' || "
            "\"e-mail\" || ' ' || TEL会社 || ' ' || 携帯電話 FROM cards;\n")
            .arg(csvUtf8);
    return bench::timedSqlite3({QStringLiteral(":memory:")}, script.toUtf8());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kizuna import benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows per file."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();

    QTemporaryDir dir;
    const QString utf8 = dir.filePath(QStringLiteral("eight-utf8.csv"));
    const QString cp932 = dir.filePath(QStringLiteral("eight-cp932.csv"));
    {
        const QString text = eightCsv(rows);
        write(utf8, text.toUtf8());
        QStringEncoder sjis("CP932");
        write(cp932, sjis(text));
    }
    resetPeakRss();

    const double baseline = baselineSeconds(utf8);
    std::printf("import benchmark: %lld Eight-style rows, %.1f MiB as UTF-8\n",
                static_cast<long long>(rows),
                static_cast<double>(QFileInfo(utf8).size()) / 1048576.0);
    std::printf("baseline: sqlite3 .import --csv + FTS5 trigram index: %.2f s\n", baseline);
    std::printf("%-28s %9s %9s %9s %9s %10s\n", "run", "seconds", "rows/s", "created", "merged",
                "x baseline");

    const bench::ResultTable results(QStringLiteral("import"));
    const QString baselineText =
        QStringLiteral("sqlite3 .import + FTS5 %1").arg(bench::ResultTable::seconds(baseline));
    const MecabReadingGuesser guesser;
    for (const QString &file : {utf8, cp932}) {
        const QString db = dir.filePath(QFileInfo(file).baseName() + QStringLiteral(".sqlite"));
        Database database(db);
        ContactService service(database, guesser.isAvailable() ? &guesser : nullptr);
        ContactImporter importer(database, service);
        const Run first = importOnce(importer, file);
        const Run again = importOnce(importer, file);
        for (const auto &[name, run] : {std::pair{QStringLiteral("first import"), first},
                                        std::pair{QStringLiteral("same file again"), again}}) {
            results.add(
                QStringLiteral("%1 rows, %2 %3").arg(rows).arg(QFileInfo(file).baseName(), name),
                bench::ResultTable::seconds(run.seconds), QStringLiteral("<= 1.5 x baseline"),
                baselineText, run.seconds <= 1.5 * baseline);
            std::printf("%-28s %9.2f %9.0f %9lld %9lld %10.1f\n",
                        qPrintable(QFileInfo(file).baseName() + QLatin1Char(' ') + name),
                        run.seconds, static_cast<double>(rows) / run.seconds,
                        static_cast<long long>(run.summary.created),
                        static_cast<long long>(run.summary.merged), run.seconds / baseline);
        }
    }
    std::printf("peak resident memory of the imports: %.0f MiB\n", peakRssMiB());
    results.add(QStringLiteral("peak resident memory of the imports"),
                QStringLiteral("%1 MiB").arg(peakRssMiB(), 0, 'f', 0));
    return 0;
}
