#include "storage/deferredindexes.h"
#include "contacts/contactservice.h"
#include "demo/demoloader.h"
#include "qtcatch.h"
#include "storage/databasecopier.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

// Every index of the schema with its definition, whatever made it, separated by a record
// separator: a definition may run over several lines.
QString indexesOf(const Database &db)
{
    if (db.isServer())
        return db
            .scalar(QStringLiteral(
                "SELECT string_agg(indexname || ' ' || indexdef, chr(30) ORDER BY indexname) "
                "FROM pg_indexes WHERE schemaname = current_schema()"))
            .toString();
    return db
        .scalar(QStringLiteral(
            "SELECT group_concat(line, char(30)) FROM (SELECT name || ' ' || coalesce(sql, '') "
            "AS line FROM sqlite_master WHERE type = 'index' ORDER BY name)"))
        .toString();
}

qint64 indexCount(const Database &db)
{
    return indexesOf(db).split(QChar(30), Qt::SkipEmptyParts).size();
}

} // namespace

TEST_CASE("deferred indexes are dropped for a load and come back exactly as they were",
          "[storage][migrate]")
{
    test::TestDatabase t;
    Database &db = t.db();
    const QString before = indexesOf(db);
    REQUIRE(before.contains(QStringLiteral("contacts_by_reading")));
    // The search index's own: the postings' B-tree on a server, none in a file (FTS5 is a table).
    if (db.isServer())
        REQUIRE(before.contains(QStringLiteral("search_postings_by_gram")));

    Transaction transaction(db);
    DeferredIndexes indexes(db);
    const qsizetype dropped = indexes.count();
    CHECK(dropped > 5);
    const QString during = indexesOf(db);
    CHECK_FALSE(during.contains(QStringLiteral("contacts_by_reading")));
    CHECK_FALSE(during.contains(QStringLiteral("search_postings_by_gram")));
    // Primary keys and unique indexes stay: a load's lookups and checks need them.
    CHECK(indexCount(db) > 0);
    CHECK(indexCount(db) + dropped == before.split(QChar(30)).size());
    for (const QString &kept : during.split(QChar(30)))
        CHECK(before.contains(kept));

    QStringList rebuilt;
    indexes.restore([&](const QString &name) { rebuilt.append(name); });
    CHECK(rebuilt.size() == dropped);
    CHECK(rebuilt.contains(QStringLiteral("contacts_by_reading")));
    CHECK(indexes.count() == 0);
    transaction.commit();
    CHECK(indexesOf(db) == before);
}

TEST_CASE("a load that fails keeps every index", "[storage][migrate]")
{
    test::TestDatabase t;
    Database &db = t.db();
    const QString before = indexesOf(db);
    {
        Transaction transaction(db);
        DeferredIndexes indexes(db);
        REQUIRE(indexes.count() > 0);
        REQUIRE(indexesOf(db) != before);
        // No commit: the load failed.
    }
    CHECK(indexesOf(db) == before);
}

TEST_CASE("a copy ends with the schema's indexes, built after the rows", "[storage][migrate]")
{
    QTemporaryDir dir;
    Database file(dir.filePath(QStringLiteral("owner.sqlite")));
    {
        ContactService contacts(file, nullptr);
        DemoLoader(file, contacts, 5, QDate(2026, 12, 6)).load(30);
    }
    test::TestDatabase fresh;
    test::TestDatabase target;
    QStringList built;
    DatabaseCopier(file, target.db()).copy([&](const QString &table, qint64) {
        if (table == QLatin1String("indexes"))
            built.append(table);
    });
    CHECK(built.size() > 5);
    CHECK(indexesOf(target.db()) == indexesOf(fresh.db()));

    // A company's numbers were counted after the load (on a server, with their triggers
    // off), and the triggers keep them again.
    Database &db = target.db();
    const qint64 contact =
        db.scalar(QStringLiteral("SELECT min(id) FROM contacts WHERE company_id IS NOT NULL "
                                 "AND deleted_at IS NULL"))
            .toLongLong();
    const QString peopleSql = QStringLiteral("SELECT s.people FROM company_stats s JOIN contacts "
                                             "c ON c.company_id = s.company_id WHERE c.id = ?");
    const auto people = [&] {
        QSqlQuery q = db.prepare(peopleSql);
        q.addBindValue(contact);
        db.exec(q);
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const qint64 before = people();
    CHECK(before > 0);
    ContactService(db, nullptr).moveToTrash(QList<qint64>{contact});
    CHECK(people() == before - 1);
}
