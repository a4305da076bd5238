#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "storage/backupservice.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

namespace {

// Every file of the database (main, -wal, -shm) that holds these bytes.
QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList hits;
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        QFile file(folder + QLatin1Char('/') + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        if (file.readAll().contains(needle))
            hits.append(name);
    }
    return hits;
}

} // namespace

TEST_CASE("erasing a person leaves no trace in the database or its WAL", "[storage][erase][sqlite]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    Contact person = ContactBuilder()
                         .name(QStringLiteral("勅使河原"), QStringLiteral("蘭丸"))
                         .kana(QStringLiteral("てしがわら"), QStringLiteral("らんまる"))
                         .email(QStringLiteral("ranmaru.teshigawara@secret.example.jp"))
                         .phone(QStringLiteral("03-9876-5432"))
                         .tags({QStringLiteral("VIP")})
                         .notes(QStringLiteral("極秘の相談あり"));
    const qint64 id = service.add(person);
    service.add(ContactBuilder().tags({QStringLiteral("VIP")}));
    // Edits leave older versions of the row in the WAL.
    person = service.get(id);
    person.title = QStringLiteral("社長");
    service.update(person);

    const QList<QByteArray> secrets{
        QStringLiteral("勅使河原").toUtf8(), QStringLiteral("ranmaru.teshigawara").toUtf8(),
        QByteArrayLiteral("03-9876-5432"), QStringLiteral("極秘の相談").toUtf8()};
    REQUIRE_FALSE(filesContaining(t.folder(), secrets.first()).isEmpty());

    const QString backupBefore = BackupService(t.db()).backUpNow();
    service.erase(id);
    // A backup taken after the erase must be as clean as the file; the one before it is the
    // user's to delete, and is removed here so the search covers only what should be clean.
    REQUIRE(QFile::remove(backupBefore));
    BackupService(t.db()).backUpNow();
    CHECK_THROWS_AS(service.get(id), StorageError);
    ContactListQuery search;
    search.search = QStringLiteral("てしがわら");
    CHECK(service.count(search) == 0);
    CHECK(service.repository().tags().list().at(0).contactCount == 1);
    CHECK(t.db()
              .scalar(QStringLiteral("SELECT count(*) FROM contact_tags WHERE contact_id = 1"))
              .toInt() == 0);

    // Text is stored as UTF-8; the UTF-16 forms are searched too, in case any layer (the
    // search index, a future encoding pragma) stores them so.
    REQUIRE(t.db().scalar(QStringLiteral("PRAGMA encoding")).toString() == QStringLiteral("UTF-8"));
    const QString backups = BackupService::folderFor(t.path());
    REQUIRE(QDir(backups).entryList(QDir::Files).size() == 1);
    for (const QByteArray &secret : secrets) {
        const QString text = QString::fromUtf8(secret);
        CAPTURE(text);
        for (const QByteArray &form :
             {secret, QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)}) {
            CHECK(filesContaining(t.folder(), form).isEmpty());
            CHECK(filesContaining(backups, form).isEmpty());
        }
    }
    CHECK(service.count({}) == 1);
}
