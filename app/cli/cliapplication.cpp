#include "cliapplication.h"

#include "backupcommands.h"
#include "catalogcommands.h"
#include "clicontext.h"
#include "commandline.h"
#include "companycommands.h"
#include "contactcommands.h"
#include "democommand.h"
#include "duplicatecommands.h"
#include "exportcommands.h"
#include "followupcommands.h"
#include "funnelcommand.h"
#include "importcommands.h"
#include "io/fileerror.h"
#include "migratecommands.h"
#include "nurturecommands.h"
#include "presetcommands.h"
#include "reportcommands.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace kizuna::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliApplication", text);
}
} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QString CliApplication::usage()
{
    return QStringLiteral(
               "Usage: kizuna-cli [--db PATH] [--today YYYY-MM-DD] COMMAND [ARGS]\n"
               "\n"
               "Global options:\n"
               "  --db PATH          the database file (default: %1),\n"
               "                     or a team server: postgresql://USER@HOST:PORT/DBNAME\n"
               "                     (password from PGPASSWORD or ~/.pgpass)\n"
               "  --today DATE       fix \"today\" for date-dependent commands (tests, scripts)\n"
               "  --help, --version\n"
               "\n"
               "Commands (every read command takes --json):\n"
               "  contacts add [FIELDS]           add a contact, prints its id\n"
               "  contacts list [--stage S] [--tag T] [--source S] [--trash] [--limit N]\n"
               "  contacts show ID | timeline ID | edit ID [FIELDS] | delete ID | restore ID\n"
               "  contacts erase ID --yes         remove the person and every trace of them\n"
               "  contacts confirm-reading ID     mark a guessed reading as checked\n"
               "  contacts confirm ID             the details were checked today\n"
               "  search QUERY [--stage S] [--tag T] [--source S] [--limit N]\n"
               "  companies list [--search T] [--sort reading|people|stage|open-deals|revenue]\n"
               "       [--desc] [--limit N] [--offset N]\n"
               "                                  people, best stage, open deals, won revenue\n"
               "  companies show ID               its people, deals and combined timeline\n"
               "  companies merge KEEP_ID ABSORBED_ID | undo-merge [MERGE_ID]\n"
               "                                  one firm stored twice; the undo is exact\n"
               "  tags list | rename OLD NEW | delete NAME | add ID NAME | remove ID NAME\n"
               "  sources add NAME --kind KIND [--cost YEN] [--from D] [--to D] [--notes T]\n"
               "  sources list | show NAME | edit NAME [--name N ...] | delete NAME\n"
               "  sources stats                   leads, customers, revenue, cost and ROI\n"
               "  stage set ID... STAGE [--note T] [--on D] | stage history ID\n"
               "  followups add CONTACT_ID... --due D [--time HH:MM] [--channel C] [--purpose T]\n"
               "       [--assign NAME]\n"
               "  followups done ID [--summary T] [--outcome O] [--next D | --no-next]\n"
               "  followups skip ID [--next D | --no-next] | snooze ID [--days N]\n"
               "  followups reschedule ID --due D [--time HH:MM]\n"
               "  followups list [--contact ID] [--status open|done|skipped] [--limit N]\n"
               "  followups bulk --due D [--channel C] [--purpose T] [--stage S] [--tag T]\n"
               "       [--source S] [--search TEXT]   one for every contact the filter finds\n"
               "  followups plan                  a cadence follow-up for every dropped lead\n"
               "  agenda today|overdue|week|dropped|review|sales-ready [--limit N]\n"
               "  agenda range --from D --to D\n"
               "       agenda and call sheet: yours and unassigned (--mine, the default),\n"
               "       --owner USER's or --everyone's\n"
               "  users                           who owns leads or has open follow-ups\n"
               "  activities add CONTACT_ID [--channel C] [--direction in|out] [--summary T]\n"
               "       [--outcome O] [--at DATE[THH:MM]] | activities list [--contact ID]\n"
               "  score show ID | score recompute\n"
               "  deals add CONTACT_ID --title T --amount N [--currency C]\n"
               "       [--expected-close D] | deals win ID [--keep-stage] | deals lose ID\n"
               "  deals list [--contact ID]\n"
               "  settings list | settings set KEY VALUE   cadences, working days, weights\n"
               "  funnel [--from D] [--to D] [--source S] [--tag T] [--owner USER]\n"
               "                                  stages reached, conversion, sources, cohorts\n"
               "  report followups --from D --to D [--ids ID,ID...] --pdf FILE [--lang ja|en]\n"
               "       [--owner USER | --everyone]\n"
               "                                  the call sheet: follow-ups day by day, A4;\n"
               "                                  --ids: only these contacts' follow-ups\n"
               "  report contact ID --pdf FILE [--lang ja|en]\n"
               "                                  one person's profile and timeline, A4\n"
               "  report funnel [--from D] [--to D] [--source S] [--tag T] [--owner USER]\n"
               "                --pdf FILE\n"
               "                [--png CHART.png] [--lang ja|en]\n"
               "                                  the funnel summary: chart, stages, sources, A4\n"
               "  backup now | list | auto | keep N | restore FILE\n"
               "                                  online backups in FOLDER/backups (auto: once a\n"
               "                                  day; the last N are kept, default 7)\n"
               "  demo [--count N] [--seed S]     fill an empty database with demo data\n"
               "  import FILE [--preset NAME|auto] [--encoding NAME|auto]\n"
               "       [--on-duplicate merge|skip|create] [--dry-run] [--reject-file PATH]\n"
               "  imports list | undo BATCH_ID    past imports; undo one exactly\n"
               "  presets list | show NAME [--from FILE] | delete NAME\n"
               "                                  built-in and saved presets for import --preset\n"
               "  presets save NAME --from FILE [--base PRESET] [--map HEADER=FIELD]...\n"
               "       [--encoding E]             FIELD: company, family_name, ..., or ignore\n"
               "  export csv|vcard FILE [--encoding utf-8|cp932] [--no-formula-guard]\n"
               "       [--stage S] [--tag T] [--source S] [--search TEXT] [--ids ID,ID...]\n"
               "  duplicates find | merge KEEP_ID OTHER_ID\n"
               "  migrate-to-server postgresql://USER@HOST:PORT/DBNAME\n"
               "                                  copy the --db file into an empty server\n"
               "                                  database, checked row by row\n"
               "  migrate-to-file FILE            copy the --db server database into a new file\n"
               "\n"
               "FIELDS: --family-name --given-name --family-kana --given-kana --company\n"
               "  --department --title --email --email2 --phone-work --phone-direct "
               "--phone-mobile\n"
               "  --fax --postal-code --address --url --notes --source --tag (repeatable)\n"
               "  --owner USER (who looks after the lead; new ones: whoever adds them)\n"
               "  --card-exchanged-on DATE, and --stage S when adding.\n"
               "\n"
               "Exit status: 0 success, 1 bad input (reason on stderr), 2 usage error.\n")
        .arg(Database::defaultPath());
}

QString CliApplication::commandOf(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QStringLiteral("--db") || arg == QStringLiteral("--today"))
            ++i;
        else if (!arg.startsWith(QStringLiteral("--")))
            return arg;
    }
    return {};
}

bool CliApplication::needsGui(const QStringList &arguments)
{
    return commandOf(arguments) == QStringLiteral("report");
}

int CliApplication::run(const QStringList &arguments)
{
    QString databasePath = Database::defaultPath();
    QDate today = QDate::currentDate();
    qsizetype i = 0;
    try {
        for (; i < arguments.size() && arguments.at(i).startsWith(QStringLiteral("--")); ++i) {
            const QString &arg = arguments.at(i);
            if (arg == QStringLiteral("--help")) {
                m_out << usage();
                return 0;
            }
            if (arg == QStringLiteral("--version")) {
                m_out << "kizuna-cli " << KIZUNA_VERSION << '\n';
                return 0;
            }
            if ((arg == QStringLiteral("--db") || arg == QStringLiteral("--today")) &&
                i + 1 >= arguments.size())
                throw UsageError{tr("%1 needs a value").arg(arg)};
            if (arg == QStringLiteral("--db")) {
                databasePath = arguments.at(++i);
            } else if (arg == QStringLiteral("--today")) {
                today = QDate::fromString(arguments.at(++i), Qt::ISODate);
                if (!today.isValid())
                    throw UsageError{tr("--today must be a date YYYY-MM-DD")};
            } else {
                throw UsageError{tr("unknown option %1").arg(arg)};
            }
        }
        if (i >= arguments.size())
            throw UsageError{tr("no command given")};
        CliContext context(databasePath, today, m_out, m_err);
        return dispatch(context, arguments.at(i), arguments.mid(i + 1));
    } catch (const UsageError &error) {
        m_err << "kizuna-cli: " << error.message << '\n';
        if (error.showUsage)
            m_err << '\n' << usage();
        return 2;
    } catch (const ValidationError &error) {
        m_err << "kizuna-cli: " << error.message() << '\n';
        return 1;
    } catch (const StorageError &error) {
        m_err << "kizuna-cli: " << error.message() << '\n';
        offerBackup(error, databasePath);
        return 1;
    } catch (const FileError &error) {
        m_err << "kizuna-cli: " << error.message() << '\n';
        return 1;
    }
}

void CliApplication::offerBackup(const StorageError &error, const QString &databasePath)
{
    if (error.kind() != StorageError::Kind::Corrupt &&
        error.kind() != StorageError::Kind::NotADatabase)
        return;
    // A server's backups are its administrator's (pg_dump), not files beside it.
    if (ServerAddress::isServer(databasePath))
        return;
    m_err << BackupService::restoreAdvice(databasePath) << '\n';
}

int CliApplication::dispatch(CliContext &context, const QString &command, const QStringList &rest)
{
    if (command == QStringLiteral("contacts"))
        return runContacts(context, rest);
    if (command == QStringLiteral("search"))
        return runSearch(context, rest);
    if (command == QStringLiteral("companies"))
        return runCompanies(context, rest);
    if (command == QStringLiteral("tags"))
        return runTags(context, rest);
    if (command == QStringLiteral("sources"))
        return runSources(context, rest);
    if (command == QStringLiteral("users"))
        return runUsers(context, rest);
    if (command == QStringLiteral("demo"))
        return runDemo(context, rest);
    if (command == QStringLiteral("import"))
        return runImport(context, rest);
    if (command == QStringLiteral("imports"))
        return runImports(context, rest);
    if (command == QStringLiteral("presets"))
        return runPresets(context, rest);
    if (command == QStringLiteral("export"))
        return runExport(context, rest);
    if (command == QStringLiteral("duplicates"))
        return runDuplicates(context, rest);
    if (command == QStringLiteral("stage"))
        return runStage(context, rest);
    if (command == QStringLiteral("followups"))
        return runFollowUps(context, rest);
    if (command == QStringLiteral("agenda"))
        return runAgenda(context, rest);
    if (command == QStringLiteral("activities"))
        return runActivities(context, rest);
    if (command == QStringLiteral("score"))
        return runScore(context, rest);
    if (command == QStringLiteral("deals"))
        return runDeals(context, rest);
    if (command == QStringLiteral("settings"))
        return runSettings(context, rest);
    if (command == QStringLiteral("backup"))
        return runBackup(context, rest);
    if (command == QStringLiteral("migrate-to-server"))
        return runMigrateToServer(context, rest);
    if (command == QStringLiteral("migrate-to-file"))
        return runMigrateToFile(context, rest);
    if (command == QStringLiteral("funnel"))
        return runFunnel(context, rest);
    if (command == QStringLiteral("report"))
        return runReport(context, rest);
    throw UsageError{tr("unknown command \"%1\"").arg(command)};
}

} // namespace kizuna::cli
