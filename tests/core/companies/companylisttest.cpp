#include "contactbuilder.h"
#include "contacts/companyservice.h"
#include "contacts/contactservice.h"
#include "leadhistory.h"
#include "nurture/dealservice.h"
#include "nurture/followupservice.h"
#include "nurture/stageservice.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QSet>
#include <QSqlQuery>

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

QStringList names(const QList<CompanySummary> &rows)
{
    QStringList list;
    for (const CompanySummary &r : rows)
        list.append(r.name);
    return list;
}

// さくら商事: two live people (hot, warm), one in the trash (loyal), a won and an open deal
// and a won deal of the trashed person; ひかり電子: one customer with two won deals;
// あおば工業: one lost lead; わかば: nobody.
struct Firms
{
    explicit Firms(Database &db)
        : contacts(db, nullptr)
        , companies(db)
        , deals(db, kToday)
    {
        contacts.setToday(kToday);
        CompanyRepository repo(db);
        sakura = repo.findOrCreate(u("株式会社さくら商事"), u("さくらしょうじ"));
        hikari = repo.findOrCreate(u("ひかり電子株式会社"), u("ひかりでんし"));
        aoba = repo.findOrCreate(u("あおば工業"), u("あおばこうぎょう"));
        wakaba = repo.findOrCreate(u("わかば"));
        const qint64 hot = contacts.add(
            ContactBuilder().name(u("佐藤"), u("一郎")).company(u("さくら商事")).stage(Stage::Hot));
        contacts.add(ContactBuilder()
                         .name(u("鈴木"), u("花子"))
                         .company(u("㈱さくら商事"))
                         .email(QStringLiteral("hanako@sakura.example.jp"))
                         .stage(Stage::Warm));
        trashed = contacts.add(
            ContactBuilder().name(u("高橋"), u("健")).company(u("さくら商事")).stage(Stage::Loyal));
        deals.win(deals.add(openDeal(hot, u("複合機"), 500000)), true);
        deals.add(openDeal(hot, u("保守"), 80000));
        deals.win(deals.add(openDeal(trashed, u("旧案件"), 9000000)), true);
        contacts.moveToTrash(trashed);
        const qint64 customer = contacts.add(ContactBuilder()
                                                 .name(u("田中"), u("美咲"))
                                                 .company(u("ひかり電子"))
                                                 .stage(Stage::Customer));
        deals.win(deals.add(openDeal(customer, u("検査装置"), 1200000)), true);
        deals.win(deals.add(openDeal(customer, u("増設"), 300000)), true);
        contacts.add(
            ContactBuilder().name(u("伊藤"), u("誠")).company(u("あおば工業")).stage(Stage::Lost));
    }

    ContactService contacts;
    CompanyService companies;
    DealService deals;
    qint64 sakura = 0, hikari = 0, aoba = 0, wakaba = 0, trashed = 0;
};

} // namespace

TEST_CASE("the companies list counts live people, their best stage, open deals and revenue",
          "[companies]")
{
    test::TestDatabase t;
    Firms f(t.db());
    const QList<CompanySummary> rows = f.companies.page({});
    REQUIRE(names(rows) == QStringList{u("あおば工業"), u("株式会社さくら商事"),
                                       u("ひかり電子株式会社"), u("わかば")});
    const CompanySummary &sakura = rows.at(1);
    CHECK(sakura.id == f.sakura);
    CHECK(sakura.nameKana == u("さくらしょうじ"));
    CHECK(sakura.people == 2);
    CHECK(sakura.bestStage == Stage::Hot); // the trashed loyal customer does not count
    CHECK(sakura.openDeals == 1);
    CHECK(sakura.wonRevenue == 500000);
    CHECK(rows.at(2).people == 1);
    CHECK(rows.at(2).bestStage == Stage::Customer);
    CHECK(rows.at(2).openDeals == 0);
    CHECK(rows.at(2).wonRevenue == 1500000);
    CHECK(rows.at(0).bestStage == Stage::Lost);
    CHECK(rows.at(3).people == 0);
    CHECK_FALSE(rows.at(3).bestStage.has_value());
    CHECK(f.companies.count({}) == 4);
}

TEST_CASE("the companies list sorts in SQL by each column, both ways", "[companies]")
{
    test::TestDatabase t;
    Firms f(t.db());
    auto sorted = [&](CompanySort sort, bool descending) {
        CompanyListQuery q;
        q.sort = sort;
        q.descending = descending;
        return names(f.companies.page(q));
    };
    CHECK(sorted(CompanySort::Reading, true) == QStringList{u("わかば"), u("ひかり電子株式会社"),
                                                            u("株式会社さくら商事"),
                                                            u("あおば工業")});
    // Ties stay in reading order.
    CHECK(sorted(CompanySort::People, true) == QStringList{u("株式会社さくら商事"), u("あおば工業"),
                                                           u("ひかり電子株式会社"), u("わかば")});
    CHECK(sorted(CompanySort::BestStage, true) == QStringList{u("ひかり電子株式会社"),
                                                              u("株式会社さくら商事"),
                                                              u("あおば工業"), u("わかば")});
    CHECK(sorted(CompanySort::BestStage, false) == QStringList{u("わかば"), u("あおば工業"),
                                                               u("株式会社さくら商事"),
                                                               u("ひかり電子株式会社")});
    CHECK(sorted(CompanySort::WonRevenue, true).first() == u("ひかり電子株式会社"));
    CHECK(sorted(CompanySort::OpenDeals, true).first() == u("株式会社さくら商事"));
}

TEST_CASE("the companies list pages and searches by name and reading", "[companies]")
{
    test::TestDatabase t;
    Firms f(t.db());
    CompanyListQuery q;
    q.limit = 3;
    CHECK(f.companies.page(q).size() == 3);
    q.offset = 3;
    CHECK(names(f.companies.page(q)) == QStringList{u("わかば")});

    CompanyListQuery search;
    search.search = u("サクラ"); // folded like the match key
    CHECK(names(f.companies.page(search)) == QStringList{u("株式会社さくら商事")});
    search.search = u("でんし"); // the reading
    CHECK(names(f.companies.page(search)) == QStringList{u("ひかり電子株式会社")});
    search.search = u("株式会社");
    CHECK(f.companies.count(search.search) == 2);
    search.search = QStringLiteral("%");
    CHECK(f.companies.count(search.search) == 0);
}

TEST_CASE("a company's page has its live people, their deals and one timeline", "[companies]")
{
    test::TestDatabase t;
    Firms f(t.db());
    const qint64 sato = f.companies.companyPage(f.sakura).people.at(0).contactId;
    FollowUpService followUps(t.db(), kToday);
    const QDate before = f.companies.companyPage(f.sakura).people.at(0).nextFollowUp;
    for (const QDate &due : {kToday.addDays(30), kToday.addDays(3)}) {
        FollowUp next;
        next.contactId = sato;
        next.dueOn = due;
        followUps.add(next);
    }
    const CompanyPage page = f.companies.companyPage(f.sakura);
    CHECK(page.summary.people == 2);
    REQUIRE(page.people.size() == 2);
    CHECK(page.people.at(0).familyName == u("佐藤"));
    CHECK(page.people.at(0).stage == Stage::Hot);
    // The earliest open follow-up, whatever was planned before.
    const QDate expected =
        before.isValid() && before < kToday.addDays(3) ? before : kToday.addDays(3);
    CHECK(page.people.at(0).nextFollowUp == expected);
    CHECK(page.people.at(1).familyName == u("鈴木"));
    CHECK(page.deals.size() == 2); // the trashed person's deal is left out
    for (const Deal &d : page.deals)
        CHECK(d.contactId == page.people.at(0).contactId);
    // Both people's histories, newest first.
    QSet<qint64> whose;
    for (qsizetype i = 0; i < page.timeline.size(); ++i) {
        whose.insert(page.timeline.at(i).contactId);
        if (i > 0)
            CHECK(page.timeline.at(i - 1).entry.at >= page.timeline.at(i).entry.at);
    }
    CHECK(whose.size() == 2);
    const QString newest = page.timeline.first().personName;
    CHECK((newest.contains(u("佐藤")) || newest.contains(u("鈴木"))));
    CHECK_THROWS_AS(f.companies.companyPage(9999), StorageError);
}

namespace {

// company_stats as a count from scratch would make it: what the triggers must keep.
QStringList statsFromScratch(Database &db)
{
    // A server's sum of integers is NUMERIC, read as a double: the casts keep whole numbers.
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT co.id, count(c.id), count(c.id) FILTER (WHERE c.stage = 'hot'), "
        "count(c.id) FILTER (WHERE c.stage = 'customer'), CAST(coalesce(sum((SELECT count(*) "
        "FROM deals d WHERE d.contact_id = c.id AND d.status = 'open')), 0) AS BIGINT), "
        "CAST(coalesce(sum((SELECT sum(d.amount) FROM deals d WHERE d.contact_id = c.id AND "
        "d.status = 'won')), 0) AS BIGINT) FROM companies co LEFT JOIN contacts c ON "
        "c.company_id = co.id AND c.deleted_at IS NULL GROUP BY co.id ORDER BY co.id"));
    db.exec(q);
    QStringList rows;
    while (q.next())
        rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()}
                        .join(QLatin1Char('|')));
    return rows;
}

QStringList statsKept(Database &db)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT company_id, people, hot, customer, open_deals, won_revenue FROM "
                       "company_stats ORDER BY company_id"));
    db.exec(q);
    QStringList rows;
    while (q.next())
        rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()}
                        .join(QLatin1Char('|')));
    return rows;
}

} // namespace

TEST_CASE("the companies' numbers follow every change to people and deals", "[companies]")
{
    test::TestDatabase t;
    Firms f(t.db());
    REQUIRE(statsKept(t.db()) == statsFromScratch(t.db()));
    const qint64 tanaka = f.companies.companyPage(f.hikari).people.at(0).contactId;
    const qint64 sato = f.companies.companyPage(f.sakura).people.at(0).contactId;

    StageService(t.db(), kToday).set({sato}, Stage::Customer, {});
    CHECK(statsKept(t.db()) == statsFromScratch(t.db()));
    const qint64 deal = f.deals.add(openDeal(tanaka, u("追加"), 70000));
    f.deals.win(deal, true);
    CHECK(statsKept(t.db()) == statsFromScratch(t.db()));
    f.contacts.restore(f.trashed); // with their won deal
    CHECK(f.companies.page({}).at(1).wonRevenue == 9500000);
    CHECK(statsKept(t.db()) == statsFromScratch(t.db()));
    Contact moved = f.contacts.get(tanaka);
    moved.company = u("あおば工業");
    f.contacts.update(moved);
    CHECK(statsKept(t.db()) == statsFromScratch(t.db()));
    f.contacts.moveToTrash(sato);
    f.contacts.erase(sato);
    CHECK(statsKept(t.db()) == statsFromScratch(t.db()));
    f.companies.merge(f.aoba, f.sakura);
    CHECK(statsKept(t.db()) == statsFromScratch(t.db()));
    CHECK(f.companies.undoMerge(*f.companies.latestMerge()).keptId == f.aoba);
    CHECK(statsKept(t.db()) == statsFromScratch(t.db()));
}
