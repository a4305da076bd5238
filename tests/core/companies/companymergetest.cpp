#include "contactbuilder.h"
#include "contacts/companyservice.h"
#include "contacts/contactservice.h"
#include "databasecontents.h"
#include "leadhistory.h"
#include "nurture/dealservice.h"
#include "searchresults.h"
#include "storage/companyrepository.h"
#include "storage/storageerror.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QMap>

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;
using test::openDeal;

namespace {

const QDate kToday(2026, 11, 24);

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("merging companies moves people and deals, and undoing it restores every row",
          "[companies][merge]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(kToday);
    CompanyRepository repo(t.db());
    const qint64 kept = repo.findOrCreate(u("株式会社ひかり電子"));
    const qint64 absorbed = repo.findOrCreate(u("ヒカリデンシ"), u("ひかりでんし"));
    const qint64 stayed =
        contacts.add(ContactBuilder().name(u("山田"), u("太郎")).company(u("株式会社ひかり電子")));
    const qint64 moved = contacts.add(
        ContactBuilder().name(u("佐藤"), u("花子")).company(u("ヒカリデンシ")).stage(Stage::Hot));
    const qint64 trashed =
        contacts.add(ContactBuilder().name(u("高橋"), u("健")).company(u("ヒカリデンシ")));
    contacts.moveToTrash(trashed);
    DealService deals(t.db(), kToday);
    deals.add(openDeal(moved, u("検査装置"), 1200000));
    const QMap<QString, QStringList> before = test::databaseContents(t.db());
    REQUIRE(test::idsFound(contacts, u("ヒカリデンシ")) == QList<qint64>{moved});

    CompanyService companies(t.db());
    const CompanyMerge merge = companies.merge(kept, absorbed);
    CHECK(merge.keptId == kept);
    CHECK(merge.absorbedId == absorbed);
    CHECK(merge.keptName == u("株式会社ひかり電子"));
    CHECK(merge.absorbedName == u("ヒカリデンシ"));
    CHECK(merge.movedContactIds == QList<qint64>{moved, trashed});
    CHECK(merge.movedDeals == 1);
    CHECK(merge.readingFilled);

    CHECK_FALSE(repo.find(absorbed).has_value());
    const auto merged = repo.find(kept);
    REQUIRE(merged);
    CHECK(merged->name == u("株式会社ひかり電子")); // the kept name
    CHECK(merged->nameKana == u("ひかりでんし"));   // the empty reading filled
    CHECK(merged->contactCount == 2);
    CHECK(contacts.get(moved).company == u("株式会社ひかり電子"));
    CHECK(contacts.get(trashed).company == u("株式会社ひかり電子"));
    const CompanyPage page = companies.companyPage(kept);
    CHECK(page.deals.size() == 1);
    CHECK(page.summary.openDeals == 1);
    // The moved person's search document names the new company, and the reading the kept
    // company took finds its own people too.
    CHECK(test::idsFound(contacts, u("株式会社ひかり電子")).contains(moved));
    CHECK(test::idsFound(contacts, u("ヒカリデンシ")) == QList<qint64>{moved, stayed});
    CHECK(companies.latestMerge() == merge.id);

    const CompanyMerge undone = companies.undoMerge(merge.id);
    CHECK(undone.absorbedId == absorbed);
    CHECK(test::databaseContents(t.db()) == before);
    CHECK(test::idsFound(contacts, u("ヒカリデンシ")) == QList<qint64>{moved});
    CHECK_FALSE(companies.latestMerge().has_value());
    CHECK_THROWS_AS(companies.undoMerge(merge.id), StorageError);
}

TEST_CASE("a merge that cannot be taken back says so and changes nothing", "[companies][merge]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    CompanyService companies(t.db());
    CompanyRepository repo(t.db());
    const qint64 kept = repo.findOrCreate(u("あおば工業"));
    const qint64 absorbed = repo.findOrCreate(u("青葉工業所"));
    CHECK_THROWS_AS(companies.merge(kept, kept), ValidationError);
    CHECK_THROWS_AS(companies.merge(kept, 999), StorageError);
    REQUIRE(repo.find(absorbed));

    const CompanyMerge merge = companies.merge(kept, absorbed);
    // A card typed with the absorbed spelling makes that company anew.
    contacts.add(ContactBuilder().name(u("伊藤"), u("誠")).company(u("青葉工業所")));
    const QMap<QString, QStringList> before = test::databaseContents(t.db());
    try {
        companies.undoMerge(merge.id);
        FAIL("the undo went through");
    } catch (const StorageError &e) {
        CHECK(e.kind() == StorageError::Kind::Conflict);
        CHECK(e.reason().contains(u("青葉工業所")));
    }
    CHECK(test::databaseContents(t.db()) == before);
}

TEST_CASE("undoing merges in reverse order restores a chain of them", "[companies][merge]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    CompanyService companies(t.db());
    for (const char *firm : {"さくら商事", "サクラ商事本社", "桜商事"})
        contacts.add(ContactBuilder().name(u("佐藤"), u(firm)).company(u(firm)));
    const QList<CompanySummary> all = companies.page({});
    REQUIRE(all.size() == 3);
    const QMap<QString, QStringList> before = test::databaseContents(t.db());
    const CompanyMerge first = companies.merge(all.at(0).id, all.at(1).id);
    const CompanyMerge second = companies.merge(all.at(0).id, all.at(2).id);
    CHECK(companies.page({}).size() == 1);
    CHECK(companies.page({}).first().people == 3);
    companies.undoMerge(second.id);
    companies.undoMerge(first.id);
    CHECK(test::databaseContents(t.db()) == before);
}
