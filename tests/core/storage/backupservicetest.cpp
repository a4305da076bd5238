#include "storage/backupservice.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "storage/settingsrepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

TEST_CASE("a backup holds the data, passes integrity_check and is 0600",
          "[storage][backup][sqlite]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    service.add(ContactBuilder().name(QStringLiteral("保存"), QStringLiteral("太郎")));
    // A transaction still open elsewhere on the file: the backup is the committed snapshot.
    const QString file = BackupService(t.db()).backUpNow();
    CHECK(QFileInfo(file).absolutePath() == BackupService::folderFor(t.path()));
    CHECK(QFile::permissions(file) == (kOwnerOnly | QFile::ReadUser | QFile::WriteUser));
    CHECK((QFile::permissions(BackupService::folderFor(t.path())) &
           (QFile::ReadOther | QFile::ReadGroup)) == 0);
    CHECK(BackupService::integrityOf(file) == QStringLiteral("ok"));
    // One self-contained file: no -wal, -shm or half-written copy beside it.
    CHECK(QDir(BackupService::folderFor(t.path())).entryList(QDir::Files) ==
          QStringList{QFileInfo(file).fileName()});

    const QList<BackupFile> listed = BackupService::list(t.path());
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().path == file);
    CHECK(listed.first().takenAt.date() == QDate::currentDate());

    Database copy(file);
    CHECK(copy.scalar(QStringLiteral("SELECT family_name FROM contacts")).toString() ==
          QStringLiteral("保存"));
}

TEST_CASE("restoring puts the backup in place and keeps the current file aside",
          "[storage][backup][sqlite]")
{
    test::TestDatabase t;
    QString backup;
    {
        ContactService service(t.db(), nullptr);
        service.add(ContactBuilder().name(QStringLiteral("古い"), {}));
        backup = BackupService(t.db()).backUpNow();
        service.add(ContactBuilder().name(QStringLiteral("新しい"), {}));
    }
    t.close();
    const QString aside = BackupService::restore(t.path(), backup);
    REQUIRE_FALSE(aside.isEmpty());
    CHECK(QFile::permissions(t.path()) == (kOwnerOnly | QFile::ReadUser | QFile::WriteUser));

    Database &restored = t.reopen();
    CHECK(restored.scalar(QStringLiteral("PRAGMA integrity_check")).toString() ==
          QStringLiteral("ok"));
    CHECK(restored.scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt() == 1);
    t.close();
    Database previous(aside);
    CHECK(previous.scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt() == 2);
}

TEST_CASE("a damaged backup is refused and the database is left as it was",
          "[storage][backup][sqlite]")
{
    test::TestDatabase t;
    ContactService(t.db(), nullptr).add(ContactBuilder().name(QStringLiteral("無事"), {}));
    const QString backup = BackupService(t.db()).backUpNow();
    t.close();
    {
        QFile file(backup);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.resize(file.size() / 2);
    }
    QFile before(t.path());
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();

    try {
        BackupService::restore(t.path(), backup);
        FAIL("a truncated backup was restored");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Corrupt);
        CHECK(error.message().contains(QStringLiteral("left as it was")));
    }
    REQUIRE(before.open(QIODevice::ReadOnly));
    CHECK(before.readAll() == original);
    CHECK(t.reopen().scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt() == 1);
}

TEST_CASE("backups rotate to the number kept, and the daily one is taken once a day",
          "[storage][backup][sqlite]")
{
    test::TestDatabase t;
    BackupService backups(t.db());
    CHECK(backups.keepCount() == BackupService::kDefaultKeep);
    SettingsRepository(t.db()).setValue(BackupService::kKeepSetting, QStringLiteral("3"));
    CHECK(backups.keepCount() == 3);

    const auto first = backups.backUpIfDue(QDate::currentDate());
    REQUIRE(first);
    CHECK_FALSE(backups.backUpIfDue(QDate::currentDate()));
    QStringList made{*first};
    for (int i = 0; i < 4; ++i)
        made.append(backups.backUpNow());
    const QList<BackupFile> kept = BackupService::list(t.path());
    REQUIRE(kept.size() == 3);
    // The newest three remain.
    CHECK(kept.at(0).path == made.at(2));
    CHECK(kept.at(2).path == made.at(4));
    CHECK_FALSE(QFileInfo::exists(made.at(0)));
    // A day without one gets one.
    CHECK(backups.backUpIfDue(QDate::currentDate().addDays(1)));
}
