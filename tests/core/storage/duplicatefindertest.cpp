#include "contacts/duplicatefinder.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "nurture/activityservice.h"
#include "nurture/dealservice.h"
#include "nurture/followupservice.h"
#include "qtcatch.h"
#include "storage/contacthistoryrepository.h"
#include "storage/timelinerepository.h"
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

    // The stage step and the merge are on the kept person's timeline.
    const QList<TimelineEntry> timeline = TimelineRepository(t.db()).forContact(first);
    QStringList lines;
    for (const TimelineEntry &e : timeline)
        lines.append(e.summary);
    CHECK(lines.contains(QStringLiteral("merged with the duplicate 山田 太郎")));
    CHECK(lines.filter(QStringLiteral("stage cold → hot: merged with duplicate")).size() == 1);
}

TEST_CASE("a merge brings the duplicate's follow-ups, touches and deals along",
          "[contacts][duplicates][nurture]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 keep =
        service.add(ContactBuilder().email(QStringLiteral("taro@hikari.example.jp")));
    const qint64 other =
        service.add(ContactBuilder().email(QStringLiteral("taro@hikari.example.jp")));
    const QDate today(2026, 11, 24);
    FollowUpService(t.db(), today)
        .add({0,
              other,
              today,
              {},
              Channel::Phone,
              QStringLiteral("電話"),
              FollowUpStatus::Open,
              {},
              false,
              {},
              {}});
    Activity call;
    call.contactId = other;
    ActivityService(t.db(), today).log(call);
    DealService(t.db(), today)
        .add({0, other, QStringLiteral("案件"), 1000, QStringLiteral("JPY"), {}, {}, {}, {}, {}});
    DuplicateFinder(t.db(), service).merge(keep, other);
    CHECK(FollowUpService(t.db(), today).list(keep, std::nullopt).size() == 1);
    CHECK(ActivityService(t.db(), today).list(keep).size() == 1);
    CHECK(DealService(t.db(), today).list(keep).size() == 1);
    CHECK(FollowUpService(t.db(), today).list(other, std::nullopt).isEmpty());
}
