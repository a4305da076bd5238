#include "clirunner.h"
#include "filebytes.h"
#include "qtcatch.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

#include <unistd.h>

using namespace kizuna;
using test::CliRunner;
using test::runOk;

namespace {

// A database of a few contacts with one backup, closed so that everything is in the main file.
QString prepareWithBackup(const CliRunner &cli)
{
    for (int i = 0; i < 40; ++i)
        runOk(cli, QStringLiteral("contacts|add|--family-name|保存%1|--notes|%2")
                       .arg(i)
                       .arg(QString(300, QChar(u'記'))));
    const QString backup = runOk(cli, QStringLiteral("backup|now")).out.trimmed();
    REQUIRE(QFile::exists(backup));
    return backup;
}

// The damaged file is reported with the latest backup and the command to restore it, left
// byte for byte as it was, and the restore brings every contact back.
void requireReportedAndRestorable(const CliRunner &cli, const QString &backup,
                                  const std::function<void(QByteArray &)> &damage)
{
    QByteArray bytes = test::readFileBytes(cli.databasePath());
    damage(bytes);
    test::writeFileBytes(cli.databasePath(), bytes);

    const CliRunner::Result listed = cli.run({QStringLiteral("contacts"), QStringLiteral("list")});
    CAPTURE(listed.err);
    CHECK(listed.exitCode == 1);
    CHECK((listed.err.contains(QStringLiteral("damaged")) ||
           listed.err.contains(QStringLiteral("not a"))));
    CHECK(listed.err.contains(QStringLiteral("backup restore ") + backup));
    CHECK(test::readFileBytes(cli.databasePath()) == bytes);

    const CliRunner::Result restored = runOk(cli, QStringLiteral("backup|restore|") + backup);
    CHECK(restored.out.contains(QStringLiteral("previous file was kept")));
    const QJsonArray contacts = runOk(cli, QStringLiteral("contacts|list|--json")).json().array();
    CHECK(contacts.size() == 40);
    Database reopened(cli.databasePath());
    CHECK(reopened.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
          QStringLiteral("ok"));
}

int rootPageOfContacts(const QString &path)
{
    Database db(path);
    return db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'contacts'"))
        .toInt();
}

} // namespace

TEST_CASE("a truncated database is reported with the backup offered, never overwritten",
          "[cli][fault]")
{
    CliRunner cli;
    const QString backup = prepareWithBackup(cli);
    requireReportedAndRestorable(cli, backup,
                                 [](QByteArray &bytes) { bytes.truncate(bytes.size() / 2); });
}

TEST_CASE("a bit flipped in a database page is reported with the backup offered", "[cli][fault]")
{
    CliRunner cli;
    const QString backup = prepareWithBackup(cli);
    const int root = rootPageOfContacts(cli.databasePath());
    requireReportedAndRestorable(cli, backup, [root](QByteArray &bytes) {
        const int pageSize = (static_cast<unsigned char>(bytes.at(16)) << 8) |
                             static_cast<unsigned char>(bytes.at(17));
        // The page-type byte of the contacts table's root: one bit off makes it no valid
        // b-tree page, as a failing disk sector might.
        const qsizetype at = qsizetype(root - 1) * pageSize;
        REQUIRE(at < bytes.size());
        bytes[at] = static_cast<char>(bytes.at(at) ^ 0x01);
    });
}

TEST_CASE("a damaged database without a backup is reported and left as it is", "[cli][fault]")
{
    CliRunner cli;
    runOk(cli, QStringLiteral("contacts|add|--family-name|唯一"));
    QByteArray bytes = test::readFileBytes(cli.databasePath());
    for (qsizetype i = 100; i < 4096 && i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(0xA5);
    test::writeFileBytes(cli.databasePath(), bytes);
    const CliRunner::Result listed = cli.run({QStringLiteral("contacts"), QStringLiteral("list")});
    CHECK(listed.exitCode == 1);
    CHECK(listed.err.contains(QStringLiteral("No backup")));
    CHECK(test::readFileBytes(cli.databasePath()) == bytes);
}

TEST_CASE("a database another process holds beyond the busy timeout gives a clear message",
          "[cli][fault]")
{
    CliRunner cli;
    runOk(cli, QStringLiteral("contacts|add|--family-name|先客"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(cli.databasePath());
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const CliRunner::Result added =
            cli.run({QStringLiteral("contacts"), QStringLiteral("add"),
                     QStringLiteral("--family-name"), QStringLiteral("待ち")});
        CHECK(added.exitCode == 1);
        CHECK(added.err.contains(QStringLiteral("busy in another program")));
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        lock = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    runOk(cli, QStringLiteral("contacts|add|--family-name|後で"));
    CHECK(runOk(cli, QStringLiteral("contacts|list|--json")).json().array().size() == 2);
}

TEST_CASE("two programs editing one database at once lose no update", "[cli][fault]")
{
    CliRunner cli;
    runOk(cli, QStringLiteral("contacts|add|--family-name|共有"));
    constexpr int kRounds = 25;
    // Two shells, each a loop of kizuna-cli runs: a touch and an edit of its own field.
    const auto loop = [&](const QString &field, const QString &tag) {
        auto *process = new QProcess;
        process->start(
            QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("for i in $(seq 1 %1); do \"$0\" --db \"$1\" activities add 1 "
                            "--summary %2$i || exit 1; \"$0\" --db \"$1\" contacts edit 1 %3 "
                            "%2$i || exit 1; done")
                 .arg(kRounds)
                 .arg(tag, field),
             QStringLiteral(KIZUNA_CLI_PATH), cli.databasePath()});
        return process;
    };
    std::unique_ptr<QProcess> a(loop(QStringLiteral("--title"), QStringLiteral("A")));
    std::unique_ptr<QProcess> b(loop(QStringLiteral("--department"), QStringLiteral("B")));
    REQUIRE(a->waitForFinished(300000));
    REQUIRE(b->waitForFinished(300000));
    INFO(a->readAllStandardError().toStdString() + b->readAllStandardError().toStdString());
    REQUIRE(a->exitCode() == 0);
    REQUIRE(b->exitCode() == 0);

    const QJsonArray touches =
        runOk(cli, QStringLiteral("activities|list|--contact|1|--json")).json().array();
    CHECK(touches.size() == 2 * kRounds);
    const QJsonObject contact =
        runOk(cli, QStringLiteral("contacts|show|1|--json")).json().object();
    CHECK(contact.value(QStringLiteral("title")).toString() == QStringLiteral("A%1").arg(kRounds));
    CHECK(contact.value(QStringLiteral("department")).toString() ==
          QStringLiteral("B%1").arg(kRounds));
}

TEST_CASE("a read-only database file is refused with the reason and left as it is", "[cli][fault]")
{
    CliRunner cli;
    runOk(cli, QStringLiteral("contacts|add|--family-name|読むだけ"));
    const QString folder = QFileInfo(cli.databasePath()).absolutePath();
    REQUIRE(QFile::setPermissions(cli.databasePath(),
                                  QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = test::readFileBytes(cli.databasePath());
    QProcess process;
    const QStringList arguments{QStringLiteral("--db"),          cli.databasePath(),
                                QStringLiteral("contacts"),      QStringLiteral("add"),
                                QStringLiteral("--family-name"), QStringLiteral("書けない")};
    if (::geteuid() == 0) {
        // Permissions do not stop root: run as nobody, with the folder open to it.
        REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ExeOwner | QFile::ReadOther |
                                                  QFile::WriteOther | QFile::ExeOther));
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"),
                                  QStringLiteral(KIZUNA_CLI_PATH)} +
                          arguments);
    } else {
        process.start(QStringLiteral(KIZUNA_CLI_PATH), arguments);
    }
    REQUIRE(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    CAPTURE(err);
    CHECK(process.exitCode() == 1);
    CHECK(err.contains(cli.databasePath()));
    CHECK(err.contains(QStringLiteral("read-only")));
    CHECK(test::readFileBytes(cli.databasePath()) == before);
}
