#include "storage/changerecorder.h"
#include "qtcatch.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace kizuna;

// ChangeRecorder on its own, on both backends: SQLite's session extension and the server's
// triggers must record and revert the same changes, and refuse the same later edits.

namespace {

qint64 run(Database &db, const char *sql, const QVariantList &values = {})
{
    QSqlQuery q = db.prepare(QString::fromUtf8(sql));
    for (const QVariant &value : values)
        q.addBindValue(value);
    db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 addCompany(Database &db, const char *name)
{
    return run(db,
               "INSERT INTO companies (name, match_key, created_at, updated_at) "
               "VALUES (?, ?, '2024-01-01', '2024-01-01') RETURNING id",
               {QString::fromUtf8(name), QString::fromUtf8(name)});
}

qint64 addContact(Database &db, const char *name, const QVariant &company)
{
    return run(db,
               "INSERT INTO contacts (family_name, company_id, sort_key, created_at, updated_at) "
               "VALUES (?, ?, ?, '2024-01-01', '2024-01-01') RETURNING id",
               {QString::fromUtf8(name), company, QString::fromUtf8(name)});
}

qint64 addTag(Database &db, const char *name)
{
    return run(db, "INSERT INTO tags (name, match_key) VALUES (?, ?) RETURNING id",
               {QString::fromUtf8(name), QString::fromUtf8(name)});
}

void tag(Database &db, qint64 contact, qint64 tag)
{
    run(db, "INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?)", {contact, tag});
}

QStringList snapshot(Database &db)
{
    QStringList rows;
    for (const char *table : {"companies", "company_stats", "contacts", "tags", "contact_tags"}) {
        // Table names are the fixed list above, not input.
        QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM ") + QLatin1String(table));
        db.exec(q);
        while (q.next()) {
            QStringList values{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    rows.sort();
    return rows;
}

struct Batch
{
    qint64 companyA = 0;
    qint64 x = 0;
    qint64 y = 0;
    qint64 z = 0;
    qint64 t1 = 0;
    QStringList before; ///< the database before the batch
    QByteArray changeset;
};

// A batch that inserts, updates, deletes, and changes a key of a row that has no other
// columns, over rows that were there before it.
Batch recordBatch(Database &db)
{
    Batch b;
    b.companyA = addCompany(db, "A");
    b.x = addContact(db, "x", b.companyA);
    b.y = addContact(db, "y", QVariant());
    b.t1 = addTag(db, "t1");
    tag(db, b.x, b.t1);
    tag(db, b.y, b.t1);
    b.before = snapshot(db);

    Transaction transaction(db);
    ChangeRecorder recorder(db, ChangeRecorder::importTables());
    const qint64 companyB = addCompany(db, "B");
    b.z = addContact(db, "z", companyB);
    run(db, "UPDATE contacts SET company_id = ?, email = 'x@example.com' WHERE id = ?",
        {companyB, b.x});
    // Changed and changed back: no change.
    run(db, "UPDATE contacts SET notes = 'n' WHERE id = ?", {b.y});
    run(db, "UPDATE contacts SET notes = '' WHERE id = ?", {b.y});
    run(db, "DELETE FROM contact_tags WHERE contact_id = ?", {b.y});
    const qint64 t2 = addTag(db, "t2");
    run(db, "UPDATE contact_tags SET tag_id = ? WHERE contact_id = ?", {t2, b.x});
    tag(db, b.z, t2);
    b.changeset = recorder.changeset();
    transaction.commit();
    return b;
}

void revert(Database &db, const QByteArray &changeset)
{
    Transaction transaction(db);
    ChangeRecorder::revert(db, changeset);
    transaction.commit();
}

} // namespace

TEST_CASE("a recorded batch is reverted exactly: inserts, updates, deletes, changed keys",
          "[storage][import]")
{
    test::TestDatabase t;
    Database &db = t.db();
    const Batch b = recordBatch(db);
    QList<qint64> touched = ChangeRecorder::rowIds(b.changeset, QStringLiteral("contacts"));
    std::sort(touched.begin(), touched.end());
    CHECK(touched == QList<qint64>{b.x, b.z});

    CHECK(snapshot(db) != b.before);
    revert(db, b.changeset);
    CHECK(snapshot(db) == b.before);
    CHECK(run(db, "SELECT people FROM company_stats WHERE company_id = ?", {b.companyA}) == 1);
}

TEST_CASE("a revert keeps later edits of other columns and refuses to overwrite the same ones",
          "[storage][import]")
{
    test::TestDatabase t;
    Database &db = t.db();
    const Batch b = recordBatch(db);

    SECTION("another column of an updated row")
    {
        run(db, "UPDATE contacts SET notes = 'later' WHERE id = ?", {b.x});
        revert(db, b.changeset);
        CHECK(run(db, "SELECT company_id FROM contacts WHERE id = ?", {b.x}) == b.companyA);
        CHECK(run(db, "SELECT count(*) FROM contacts WHERE notes = 'later'") == 1);
    }
    SECTION("a row the batch inserted that is gone already")
    {
        run(db, "DELETE FROM contact_tags WHERE contact_id = ?", {b.z});
        run(db, "DELETE FROM contacts WHERE id = ?", {b.z});
        revert(db, b.changeset);
        CHECK(run(db, "SELECT count(*) FROM companies") == 1);
        CHECK(run(db, "SELECT count(*) FROM contacts") == 2);
    }

    const auto refused = [&] {
        const QStringList before = snapshot(db);
        try {
            revert(db, b.changeset);
            FAIL("the revert went through");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::Conflict);
        }
        CHECK(snapshot(db) == before);
    };
    SECTION("a column the batch updated")
    {
        run(db, "UPDATE contacts SET email = 'other@example.com' WHERE id = ?", {b.x});
        refused();
    }
    SECTION("a row the batch inserted")
    {
        run(db, "UPDATE contacts SET notes = 'later' WHERE id = ?", {b.z});
        refused();
    }
    SECTION("the key of a row the batch deleted, taken again")
    {
        tag(db, b.y, b.t1);
        refused();
    }
}
