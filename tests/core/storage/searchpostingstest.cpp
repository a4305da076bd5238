#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "searchresults.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Rows in which search_postings and the grams contact_search's documents are posted under
// differ, either way.
int differences(Database &db)
{
    const QString grams = QStringLiteral("SELECT g, s.rowid FROM contact_search s CROSS JOIN "
                                         "LATERAL kizuna_posted_grams(s.grams, s.document) AS g");
    const QString postings = QStringLiteral("SELECT gram, rowid FROM search_postings");
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM ((") + grams + QStringLiteral(" EXCEPT ALL ") +
                postings + QStringLiteral(") UNION ALL (") + postings +
                QStringLiteral(" EXCEPT ALL ") + grams + QStringLiteral(")) AS d"))
        .toInt();
}

} // namespace

TEST_CASE("a server's postings follow its search documents through every change",
          "[storage][server][search]")
{
    test::TestDatabase t;
    Database &db = t.db();
    ContactService service(db, nullptr);
    QList<Contact> people;
    for (int i = 0; i < 30; ++i)
        people.append(ContactBuilder()
                          .name(i % 2 ? s("山田") : s("吉田"), QStringLiteral("%1").arg(i))
                          .kana(i % 2 ? s("やまだ") : s("よしだ"), QString()));
    const QList<qint64> ids = service.addAll(people);
    REQUIRE(db.scalar(QStringLiteral("SELECT count(*) FROM search_postings")).toInt() > 30 * 4);
    CHECK(differences(db) == 0);
    CHECK(db.scalar(s("SELECT count(*) FROM search_postings WHERE gram = 'よしだ'")).toInt() == 15);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM search_postings WHERE gram = 'oshid'"))
              .toInt() == 15);
    CHECK(test::idsFound(service, s("吉田")).size() == 15);

    // A new reading moves the document to another rowid.
    Contact renamed = service.get(ids.at(0));
    renamed.familyName = s("木村");
    renamed.familyKana = s("きむら");
    service.update(renamed);
    CHECK(differences(db) == 0);
    CHECK(test::idsFound(service, s("吉田")).size() == 14);
    CHECK(test::idsFound(service, s("木村")) == QList<qint64>{ids.at(0)});

    service.moveToTrash(ids.at(1));
    CHECK(differences(db) == 0);
    service.restore(ids.at(1));
    CHECK(differences(db) == 0);
    service.erase(ids.at(2));
    CHECK(differences(db) == 0);
    CHECK(test::idsFound(service, s("吉田")).size() == 13);

    db.execute(QStringLiteral("DELETE FROM contact_search"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM search_postings")).toInt() == 0);
}
