#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "domain/companyname.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

TEST_CASE("spellings of one company's legal form share a match key", "[storage][companies]")
{
    const QString key = companyMatchKey(QStringLiteral("株式会社ひかり電子"));
    const char *same[] = {"㈱ひかり電子",  "(株)ひかり電子",   "ひかり電子株式会社",
                          "ひかり電子 ㈱", "（株）ひかり電子", "ﾋｶﾘ電子"};
    for (const char *name : same) {
        CAPTURE(name);
        CHECK(companyMatchKey(QString::fromUtf8(name)) == key);
    }
    CHECK(companyMatchKey(QStringLiteral("Acme Trading Co., Ltd.")) ==
          companyMatchKey(QStringLiteral("ACME TRADING")));
    CHECK(companyMatchKey(QStringLiteral("Acme Inc.")) !=
          companyMatchKey(QStringLiteral("Acme Trading")));
    CHECK(companyMatchKey(QStringLiteral("有限会社ひかり電子")) == key);
}

TEST_CASE("contacts of one company share one company row", "[storage][companies]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    service.add(ContactBuilder().company(QStringLiteral("株式会社ひかり電子")));
    service.add(ContactBuilder()
                    .name(QStringLiteral("佐藤"), QStringLiteral("一郎"))
                    .kana(QStringLiteral("さとう"), QStringLiteral("いちろう"))
                    .company(QStringLiteral("㈱ひかり電子")));
    service.add(ContactBuilder().company(QStringLiteral("青葉商事")));
    const QList<Company> companies = service.repository().companies().list();
    REQUIRE(companies.size() == 2);
    const auto hikari = std::find_if(companies.begin(), companies.end(), [](const Company &c) {
        return c.name == QStringLiteral("株式会社ひかり電子");
    });
    REQUIRE(hikari != companies.end());
    CHECK(hikari->contactCount == 2);
    // The names alone, as the editor completes them, in the listing's order.
    QStringList names;
    for (const Company &c : companies)
        names.append(c.name);
    CHECK(service.repository().companies().names() == names);
}

TEST_CASE("sources are validated and count their contacts", "[storage][sources]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    SourceRepository &sources = service.repository().sources();
    Source show;
    show.name = QStringLiteral("産業交流展2026");
    show.kind = SourceKind::TradeShow;
    show.cost = 350000;
    show.startedOn = QDate(2026, 11, 11);
    show.endedOn = QDate(2026, 11, 13);
    const qint64 id = sources.add(show);
    CHECK_THROWS_AS(sources.add(show), ValidationError);
    Source backwards = show;
    backwards.name = QStringLiteral("逆");
    backwards.endedOn = QDate(2026, 11, 1);
    CHECK_THROWS_AS(sources.add(backwards), ValidationError);
    Source negative = show;
    negative.name = QStringLiteral("負");
    negative.cost = -1;
    CHECK_THROWS_AS(sources.add(negative), ValidationError);

    service.add(ContactBuilder().source(show.name));
    service.add(ContactBuilder().source(QStringLiteral("紹介")));
    const auto stored = sources.find(id);
    REQUIRE(stored);
    CHECK(stored->contactCount == 1);
    CHECK(stored->cost == 350000);
    CHECK(stored->kind == SourceKind::TradeShow);
    const auto referral = sources.findByName(QStringLiteral("紹介"));
    REQUIRE(referral);
    CHECK(referral->kind == SourceKind::Other);

    Transaction transaction(t.db());
    sources.remove(id);
    transaction.commit();
    CHECK(service.get(1).source.isEmpty());
}

TEST_CASE("tags match regardless of width and case, and renaming reindexes search",
          "[storage][tags]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 a = service.add(ContactBuilder().tags({QStringLiteral("VIP")}));
    const qint64 b = service.add(ContactBuilder()
                                     .name(QStringLiteral("佐藤"), QStringLiteral("花子"))
                                     .kana(QStringLiteral("さとう"), QStringLiteral("はなこ"))
                                     .tags({QStringLiteral("ｖｉｐ"), QStringLiteral("製造業")}));
    const QList<Tag> tags = service.repository().tags().list();
    REQUIRE(tags.size() == 2);
    CHECK(tags.at(0).name == QStringLiteral("VIP"));
    CHECK(tags.at(0).contactCount == 2);

    ContactListQuery byTag;
    byTag.search = QStringLiteral("重要顧客");
    CHECK(service.count(byTag) == 0);
    service.renameTag(QStringLiteral("vip"), QStringLiteral("重要顧客"));
    CHECK(service.count(byTag) == 2);

    service.renameTag(QStringLiteral("製造業"), QStringLiteral("重要顧客"));
    CHECK(service.repository().tags().list().size() == 1);
    CHECK(service.get(b).tags == QStringList{QStringLiteral("重要顧客")});

    service.removeTag(a, QStringLiteral("重要顧客"));
    CHECK(service.count(byTag) == 1);
    service.deleteTag(QStringLiteral("重要顧客"));
    CHECK(service.count(byTag) == 0);
    CHECK(service.get(b).tags.isEmpty());
}
