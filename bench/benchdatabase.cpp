#include "benchdatabase.h"

#include "benchoptions.h"
#include "contacts/contactservice.h"
#include "demo/demodatagenerator.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/databasecopier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace kizuna::bench {

namespace {
constexpr quint32 kSeed = 42;
constexpr qint64 kBatch = 5000;

QString csvField(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The server database, filled from the file when it is empty.
std::unique_ptr<Database> copiedToServer(const Database &file, const QString &address)
{
    auto server = std::make_unique<Database>(address);
    if (ContactService(*server, nullptr).count({}) == 0) {
        QElapsedTimer timer;
        timer.start();
        DatabaseCopier(file, *server).copy([&](const QString &table, qint64 rows) {
            std::fprintf(stderr, "\rcopying to the server: %s %lld (%.0f s)", qPrintable(table),
                         static_cast<long long>(rows),
                         static_cast<double>(timer.elapsed()) / 1000.0);
        });
        std::fprintf(stderr, "\n");
        std::printf("copied to the server in %.1f s\n",
                    static_cast<double>(timer.elapsed()) / 1000.0);
    }
    return server;
}

} // namespace

QDate benchToday()
{
    return QDate(2026, 11, 24);
}

double ensureContacts(ContactService &service, qint64 count)
{
    const qint64 have = service.count({}) + service.count([] {
        ContactListQuery trash;
        trash.inTrash = true;
        return trash;
    }());
    if (have >= count)
        return 0;
    const DemoDataGenerator generator(kSeed, benchToday());
    QElapsedTimer timer;
    timer.start();
    for (qint64 start = have; start < count; start += kBatch) {
        QList<Contact> batch;
        for (qint64 i = start; i < std::min(count, start + kBatch); ++i)
            batch.append(generator.contact(i));
        service.addAll(batch);
        std::fprintf(stderr, "\rloading contacts: %lld / %lld (%.0f s)",
                     static_cast<long long>(std::min(count, start + kBatch)),
                     static_cast<long long>(count), static_cast<double>(timer.elapsed()) / 1000.0);
    }
    std::fprintf(stderr, "\n");
    service.repository().optimizeSearchIndex();
    return static_cast<double>(timer.elapsed()) / 1000.0;
}

void ensureContactsWithoutReadings(Database &db, qint64 count)
{
    ContactService service(db, nullptr);
    const double load = ensureContacts(service, count);
    if (load > 0)
        std::printf("contacts generated and loaded in %.1f s\n", load);
}

std::unique_ptr<Database> openGeneratedFile(const BenchOptions &options, const QString &stem)
{
    const QString path = options.databasePath(stem);
    const QString shared = options.databasePath(QStringLiteral("contacts"));
    if (!QFileInfo::exists(path) && QFileInfo::exists(shared)) {
        if (!QFile::copy(shared, path))
            std::fprintf(stderr, "could not copy %s to %s; generating instead\n",
                         qPrintable(shared), qPrintable(path));
    }
    auto db = std::make_unique<Database>(path);
    ensureContactsWithoutReadings(*db, options.contacts);
    if (!QFileInfo::exists(shared)) {
        // A backup is a consistent snapshot of the file as it stands, write-ahead log included.
        const QString snapshot = BackupService(*db).backUpNow();
        QFile::rename(snapshot, shared);
        QDir().rmdir(QFileInfo(snapshot).absolutePath()); // only when nothing else is there
    }
    return db;
}

std::unique_ptr<Database> serverCopyOf(const Database &file, const QString &address)
{
    // Without its server database a benchmark has nothing to measure: it stops with the
    // reason (a full disk, an unreachable server) instead of an uncaught exception.
    try {
        return copiedToServer(file, address);
    } catch (const StorageError &e) {
        // The message names the server database and the reason.
        std::fprintf(stderr, "\nkizuna-bench: %s\n", qPrintable(e.message()));
        std::exit(1);
    }
}

QString ensureCsv(const QString &path, qint64 count)
{
    if (QFileInfo::exists(path))
        return path;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << "family_name,given_name,family_kana,given_kana,company,department,title,email,"
           "phone_work,phone_mobile,notes\n";
    const DemoDataGenerator generator(kSeed, benchToday());
    for (qint64 i = 0; i < count; ++i) {
        const Contact c = generator.contact(i);
        const QString fields[] = {c.familyName, c.givenName,   c.familyKana, c.givenKana,
                                  c.company,    c.department,  c.title,      c.email,
                                  c.phoneWork,  c.phoneMobile, c.notes};
        bool first = true;
        for (const QString &field : fields) {
            if (!first)
                out << ',';
            out << csvField(field);
            first = false;
        }
        out << '\n';
    }
    return path;
}

} // namespace kizuna::bench
