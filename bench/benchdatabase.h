#pragma once

#include <QDate>
#include <QString>

#include <memory>

namespace kizuna {
class ContactService;
class Database;
} // namespace kizuna

namespace kizuna::bench {

struct BenchOptions;

/// The fixed "today" of every benchmark data set, so runs are comparable.
QDate benchToday();

/// Makes sure the database behind `service` holds `count` generated contacts (seed 42),
/// adding what is missing in batches; prints progress to stderr. Returns seconds spent.
double ensureContacts(ContactService &service, qint64 count);

/// ensureContacts() through a ContactService without a reading guesser, for benchmarks where
/// readings play no part; prints the load time when it loaded any.
void ensureContactsWithoutReadings(Database &db, qint64 count);

/// The generated file DIR/STEM-N.sqlite of a benchmark where readings play no part, holding at
/// least N contacts. Those benchmarks (nurture, funnel, companies, gui) start from the same
/// contacts, a quarter of an hour's work at a million: the first to generate them keeps a
/// snapshot (DIR/contacts-N.sqlite) and the others start from a copy of it.
std::unique_ptr<Database> openGeneratedFile(const BenchOptions &options, const QString &stem);

/// The server database at `address` holding what the generated `file` holds: copied from it
/// (DatabaseCopier, as `kizuna-cli migrate-to-server` does) when the server database has no
/// contacts yet, which is far quicker than adding them one round trip at a time. Prints the
/// copy's time.
std::unique_ptr<Database> serverCopyOf(const Database &file, const QString &address);

/// Writes the same generated contacts as a CSV file (for the grep baseline) unless a file
/// with that many rows exists. Returns the path.
QString ensureCsv(const QString &path, qint64 count);

} // namespace kizuna::bench
