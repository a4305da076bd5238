#include "contacts/duplicatefinder.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "qtcatch.h"
#include "storage/contacthistoryrepository.h"
#include "testdatabase.h"

using namespace kizuna;
using test::ContactBuilder;

TEST_CASE("look-alikes already stored are found and merged into one", "[contacts][duplicates]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 first = service.add(ContactBuilder()
                                         .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                                         .company(QStringLiteral("株式会社ひかり電子"))
                                         .email(QStringLiteral("taro@hikari.example.jp"))
                                         .tags({QStringLiteral("展示会")}));
    Contact second = ContactBuilder()
                         .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                         .company(QStringLiteral("㈱ひかり電子"))
                         .email(QStringLiteral("TARO@hikari.example.jp"))
                         .stage(Stage::Hot)
                         .tags({QStringLiteral("VIP")});
    second.title = QStringLiteral("部長");
    second.phoneMobile = QStringLiteral("090-1111-2222");
    const qint64 duplicate = service.add(second);
    service.add(ContactBuilder()
                    .name(QStringLiteral("佐藤"), QStringLiteral("花子"))
                    .email(QStringLiteral("hanako@aoba.example.jp")));

    DuplicateFinder finder(t.db(), service);
    const QList<DuplicateGroup> groups = finder.find();
    // E-mail and name+company both tie the pair; it is listed once, under the e-mail.
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().reason == QStringLiteral("email"));
    CHECK(groups.first().contactIds == QList<qint64>{first, duplicate});

    finder.merge(first, duplicate);
    const Contact kept = service.get(first);
    CHECK(kept.title == QStringLiteral("部長"));
    CHECK(kept.phoneMobile == QStringLiteral("090-1111-2222"));
    CHECK(kept.stage == Stage::Hot);
    CHECK(kept.tags.contains(QStringLiteral("VIP")));
    CHECK(kept.tags.contains(QStringLiteral("展示会")));
    CHECK(service.get(duplicate).deletedAt.isValid());
    CHECK(finder.find().isEmpty());
    CHECK_THROWS_AS(finder.merge(first, first), ValidationError);
}
