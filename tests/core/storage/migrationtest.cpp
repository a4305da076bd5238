#include "contacts/companyservice.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/importpresetrepository.h"
#include "storage/schemamigrator.h"
#include "testdatabase.h"
#include "testpaths.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

QMap<QString, qint64> rowCounts(Database &db)
{
    QMap<QString, qint64> counts;
    QSqlQuery tables = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'contact_search%'"));
    db.exec(tables);
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        // Table names come from sqlite_schema, not from input.
        counts.insert(table, db.scalar(QStringLiteral("SELECT count(*) FROM \"") + table +
                                       QStringLiteral("\""))
                                 .toLongLong());
    }
    return counts;
}

void runFixture(Database &db, int version)
{
    // A step that changes only a server's schema (7, 8) leaves a file's rows as the step
    // before had them: the latest fixture at or before the version holds.
    int fixture = version;
    while (fixture > 1 &&
           !QFile::exists(test::testDataDir() + QStringLiteral("/migrations/v%1.sql").arg(fixture)))
        --fixture;
    QFile file(test::testDataDir() + QStringLiteral("/migrations/v%1.sql").arg(fixture));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList statements = QString::fromUtf8(file.readAll()).split(QLatin1Char(';'));
    for (const QString &statement : statements) {
        if (!statement.trimmed().isEmpty())
            db.execute(statement);
    }
}

} // namespace

TEST_CASE("every step is numbered in order", "[storage][migration]")
{
    const QList<Migration> &steps = SchemaMigrator::migrations();
    REQUIRE_FALSE(steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i)
        CHECK(steps.at(i).version == i + 1);
    CHECK(Database::latestSchemaVersion() == steps.size());
}

TEST_CASE("a database migrates forward from every earlier version with its data",
          "[storage][migration][sqlite]")
{
    const int from = GENERATE(range(0, Database::latestSchemaVersion()));
    CAPTURE(from);
    test::TestDatabase t(from);
    REQUIRE(t.db().schemaVersion() == from);
    if (from > 0)
        runFixture(t.db(), from);
    const QMap<QString, qint64> before = rowCounts(t.db());

    Database &db = t.reopen();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    const QMap<QString, qint64> after = rowCounts(db);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        CAPTURE(it.key());
        CHECK(after.value(it.key()) == it.value());
    }
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_key_check")).isNull());
    CHECK(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE("the fixtures of every version are valid at that version", "[storage][migration][sqlite]")
{
    const int version = GENERATE(range(1, Database::latestSchemaVersion() + 1));
    CAPTURE(version);
    test::TestDatabase t(version);
    runFixture(t.db(), version);
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt() > 0);
}

TEST_CASE("version 2 derives duplicate keys for the contacts already stored",
          "[storage][migration][sqlite]")
{
    test::TestDatabase t(1);
    runFixture(t.db(), 1);
    Database &db = t.reopen();
    CHECK(db.scalar(QStringLiteral("SELECT key FROM contact_match_keys WHERE contact_id = 1 "
                                   "AND kind = 'email'"))
              .toString() == QStringLiteral("taro@hikari.example.jp"));
    // The live contact is back in the search index; the one in the trash is not.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contact_search")).toInt() == 1);
}

TEST_CASE("version 3 enters every stored contact into the funnel and dates its details",
          "[storage][migration][sqlite]")
{
    test::TestDatabase t(2);
    runFixture(t.db(), 2);
    Database &db = t.reopen();
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT contact_id, from_stage, to_stage, changed_on FROM stage_changes ORDER BY id"));
    db.exec(q);
    QStringList rows;
    while (q.next())
        rows.append(QStringLiteral("%1 %2>%3 %4")
                        .arg(q.value(0).toString(),
                             q.value(1).isNull() ? QStringLiteral("-") : q.value(1).toString(),
                             q.value(2).toString(), q.value(3).toString()));
    CHECK(rows == QStringList{QStringLiteral("1 ->warm 2025-01-01"),
                              QStringLiteral("2 ->cold 2025-01-01")});
    CHECK(db.scalar(QStringLiteral("SELECT details_confirmed_at FROM contacts WHERE id = 1"))
              .toString() == QStringLiteral("2025-01-01T00:00:00"));
}

TEST_CASE("version 4 adds saved import presets, their columns going with them",
          "[storage][migration][sqlite]")
{
    test::TestDatabase old(3);
    runFixture(old.db(), 3);
    CHECK(ImportPresetRepository(old.reopen()).list().isEmpty());

    test::TestDatabase t(4);
    runFixture(t.db(), 4);
    const auto preset = ImportPresetRepository(t.db()).find(QString::fromUtf8("顧客台帳"));
    REQUIRE(preset);
    CHECK(preset->columns ==
          QList<PresetColumn>{{QString::fromUtf8("会社"), ContactField::Company},
                              {QString::fromUtf8("担当者"), ContactField::FullName},
                              {QString::fromUtf8("社内メモ"), ContactField::Ignore}});
    CHECK(ImportPresetRepository(t.db()).remove(QString::fromUtf8("顧客台帳")));
    CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM import_preset_columns")).toInt() == 0);
}

TEST_CASE("version 5 adds the companies list's indexes and the record of company merges",
          "[storage][migration][sqlite]")
{
    test::TestDatabase old(4);
    runFixture(old.db(), 4);
    Database &db = old.reopen();
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE name IN ('companies_by_reading', "
        "'company_stats', 'company_merges', 'company_merges_by_kept', "
        "'company_merge_contacts', 'company_merge_contacts_by_contact') ORDER BY name"));
    db.exec(q);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    CHECK(names ==
          QStringList{
              QStringLiteral("companies_by_reading"), QStringLiteral("company_merge_contacts"),
              QStringLiteral("company_merge_contacts_by_contact"), QStringLiteral("company_merges"),
              QStringLiteral("company_merges_by_kept"), QStringLiteral("company_stats")});
    CHECK_FALSE(CompanyService(db).latestMerge().has_value());
    // The numbers of the companies there are, counted once by the migration.
    const auto page = CompanyService(db).companyPage(1);
    CHECK(page.summary.people == 1);
    CHECK(page.summary.openDeals == 1);
    CHECK(page.summary.bestStage == Stage::Warm);

    // A merge recorded at version 5 is undone from its record alone, by today's code.
    test::TestDatabase t(5);
    runFixture(t.db(), 5);
    Database &upgraded = t.reopen();
    CompanyService companies(upgraded);
    REQUIRE(companies.latestMerge() == 1);
    companies.undoMerge(1);
    const auto restored = CompanyRepository(upgraded).find(2);
    REQUIRE(restored);
    CHECK(restored->name == QString::fromUtf8("ヒカリ電子"));
    CHECK(upgraded.scalar(QStringLiteral("SELECT company_id FROM contacts WHERE id = 1")).toInt() ==
          2);
}

TEST_CASE("version 6 adds authorship, row versions and owners, empty for older rows",
          "[storage][migration][sqlite]")
{
    test::TestDatabase old(5);
    runFixture(old.db(), 5);
    Database &db = old.reopen();
    for (const QString &table :
         {QStringLiteral("contacts"), QStringLiteral("follow_ups"), QStringLiteral("deals")}) {
        CAPTURE(table);
        // Table names are this test's own.
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE created_by = '' AND "
                                       "changed_by = '' AND row_version = 1")
                            .arg(table))
                  .toInt() ==
              db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt());
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE owner = ''")).toInt() == 2);
    // A follow-up assigned by hand before keeps its assignee.
    CHECK(db.scalar(QStringLiteral("SELECT assigned_to FROM follow_ups WHERE id = 1")).toString() ==
          QString::fromUtf8("佐藤"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                   "('contacts_by_owner', 'follow_ups_open_by_assignee')"))
              .toInt() == 2);
}

TEST_CASE("version 7 gives the documents a server holds their one- and two-character grams",
          "[storage][migration][server]")
{
    test::TestDatabase t(5);
    REQUIRE(t.db().isServer());
    // More documents than one chunk of the step.
    t.db().execute(QStringLiteral("INSERT INTO contact_search (rowid, document) "
                                  "SELECT g, 'x' || g FROM generate_series(1, 1234) AS g"));
    t.db().execute(QStringLiteral(
        "INSERT INTO contact_search (rowid, document) VALUES (5000, E'やまだ\\nab')"));
    Database &db = t.reopen();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(db.scalar(QStringLiteral("SELECT array_to_string(grams, ' ') FROM contact_search "
                                   "WHERE rowid = 5000"))
              .toString() == QStringLiteral("a ab b だ ま まだ や やま"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contact_search WHERE grams @> '{x1}'"))
              .toInt() == 1 + 10 + 100 + 235);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM contact_search WHERE grams = '{}'"))
              .toInt() == 0);
    // Version 9's postings, made before the grams were, follow them (see the next test).
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM search_postings WHERE gram = 'x1'"))
              .toInt() == 1 + 10 + 100 + 235);
}

TEST_CASE("version 9 posts every gram of up to three characters a server's documents hold",
          "[storage][migration][server]")
{
    test::TestDatabase t(8);
    REQUIRE(t.db().isServer());
    // Three-character grams come from each line of the text.
    t.db().execute(QStringLiteral("INSERT INTO contact_search (rowid, document, grams) VALUES "
                                  "(7, 'ab', '{a,ab,b}'), (3, 'b', '{b}'), (9, E'abcd\\nxy', "
                                  "'{}')"));
    Database &db = t.reopen();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(db.scalar(QStringLiteral("SELECT string_agg(gram || rowid, ' ' ORDER BY gram, rowid) "
                                   "FROM search_postings"))
              .toString() == QStringLiteral("a7 ab7 abc9 abcd9 b3 b7 bcd9"));
    // The GIN index the postings replace is gone; long words keep their trigrams.
    CHECK(db.scalar(QStringLiteral("SELECT string_agg(indexname, ' ') FROM pg_indexes WHERE "
                                   "tablename = 'contact_search' AND indexname LIKE '%_by_%'"))
              .toString() == QStringLiteral("contact_search_by_trigram"));
    // Later documents come and go with their postings.
    db.execute(QStringLiteral("DELETE FROM contact_search WHERE rowid IN (7, 9)"));
    CHECK(db.scalar(QStringLiteral("SELECT string_agg(gram || rowid, ' ') FROM search_postings"))
              .toString() == QStringLiteral("b3"));
}

TEST_CASE("version 10 posts the four- and five-character grams of a server's documents too",
          "[storage][migration][server]")
{
    test::TestDatabase t(9);
    REQUIRE(t.db().isServer());
    t.db().execute(QStringLiteral("INSERT INTO contact_search (rowid, document, grams) VALUES "
                                  "(4, E'abcdef\\nxyz', '{}'), (6, 'やまだ', '{}')"));
    REQUIRE(t.db()
                .scalar(QStringLiteral("SELECT count(*) FROM search_postings WHERE rowid = 4"))
                .toInt() == 5);
    Database &db = t.reopen();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    const auto postings = [&db](int rowid) {
        return db
            .scalar(QStringLiteral("SELECT string_agg(gram || rowid, ' ' ORDER BY gram) "
                                   "FROM search_postings WHERE rowid = ") +
                    QString::number(rowid))
            .toString();
    };
    CHECK(postings(4) ==
          QStringLiteral("abc4 abcd4 abcde4 bcd4 bcde4 bcdef4 cde4 cdef4 def4 xyz4"));
    CHECK(postings(6) == QStringLiteral("やまだ6"));
    // The estimate no longer called is gone, the index is back, and later documents are
    // posted alike.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pg_proc "
                                   "WHERE proname = 'kizuna_gram_estimate'"))
              .toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pg_indexes "
                                   "WHERE indexname = 'search_postings_by_gram'"))
              .toInt() == 1);
    db.execute(QStringLiteral("INSERT INTO contact_search (rowid, document, grams) "
                              "VALUES (8, 'tanaka', '{}')"));
    CHECK(postings(8) == QStringLiteral("aka8 ana8 anak8 anaka8 nak8 naka8 tan8 tana8 tanak8"));
}

TEST_CASE("version 11 counts each contact's open follow-ups and indexes those with none",
          "[storage][migration]")
{
    test::TestDatabase t(10);
    t.db().execute(QStringLiteral(
        "INSERT INTO contacts (id, family_name, sort_key, stage, created_at, updated_at) VALUES "
        "(1, '山田', 'やまた', 'hot', '2025-01-01', '2025-01-01'), "
        "(2, '佐藤', 'さとう', 'hot', '2025-01-01', '2025-01-01'), "
        "(3, '鈴木', 'すすき', 'hot', '2025-01-01', '2025-01-01')"));
    t.db().execute(QStringLiteral(
        "INSERT INTO follow_ups (id, contact_id, due_on, channel, status, created_at, updated_at) "
        "VALUES (1, 1, '2025-12-22', 'phone', 'open', '2025-11-20', '2025-11-20'), "
        "(2, 1, '2025-12-29', 'email', 'open', '2025-11-20', '2025-11-20'), "
        "(3, 1, '2025-11-20', 'phone', 'done', '2025-11-05', '2025-11-20'), "
        "(4, 2, '2025-11-20', 'visit', 'skipped', '2025-11-05', '2025-11-20')"));
    Database &db = t.reopen();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    const auto counts = [&db] {
        QSqlQuery q =
            db.prepare(QStringLiteral("SELECT id, open_follow_ups FROM contacts ORDER BY id"));
        db.exec(q);
        QStringList list;
        while (q.next())
            list.append(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
        return list.join(QLatin1Char(' '));
    };
    CHECK(counts() == QStringLiteral("1:2 2:0 3:0"));
    // From now on the triggers keep count: a follow-up added, closed, moved and deleted.
    db.execute(QStringLiteral(
        "INSERT INTO follow_ups (id, contact_id, due_on, channel, status, created_at, updated_at) "
        "VALUES (5, 2, '2026-01-05', 'phone', 'open', '2025-12-01', '2025-12-01')"));
    db.execute(QStringLiteral("UPDATE follow_ups SET status = 'done' WHERE id = 1"));
    db.execute(QStringLiteral("UPDATE follow_ups SET due_on = '2026-01-06' WHERE id = 5"));
    CHECK(counts() == QStringLiteral("1:1 2:1 3:0"));
    db.execute(QStringLiteral("UPDATE follow_ups SET contact_id = 3 WHERE id = 2"));
    db.execute(
        QStringLiteral("UPDATE follow_ups SET status = 'open', contact_id = 3 WHERE id = 4"));
    CHECK(counts() == QStringLiteral("1:0 2:1 3:2"));
    db.execute(QStringLiteral("DELETE FROM follow_ups WHERE id IN (2, 3, 5)"));
    CHECK(counts() == QStringLiteral("1:0 2:0 3:1"));
}
