#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "import/contactimporter.h"
#include "nurture/activityservice.h"
#include "nurture/agenda.h"
#include "nurture/dealservice.h"
#include "nurture/followupservice.h"
#include "nurture/scorekeeper.h"
#include "nurture/stageservice.h"
#include "storage/timelinerepository.h"
#include "testdatabase.h"

#include <QFile>

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

namespace {
const QDate kToday(2026, 11, 24);

qint64 addConfirmed(Database &db, const QString &family, const QDate &confirmed, Stage stage,
                    const QString &title = {})
{
    ContactService contacts(db, nullptr);
    contacts.setToday(confirmed);
    Contact c = ContactBuilder().name(family, QStringLiteral("太郎")).stage(stage);
    c.title = title;
    return contacts.add(c);
}

QList<qint64> idsOf(const QList<Contact> &list)
{
    QList<qint64> ids;
    for (const Contact &c : list)
        ids.append(c.id);
    return ids;
}
} // namespace

TEST_CASE("details older than the review age, or with a bounced e-mail, are due for review",
          "[nurture][review]")
{
    test::TestDatabase t;
    const qint64 old = addConfirmed(t.db(), QStringLiteral("青木"), QDate(2025, 6, 1), Stage::Warm);
    const qint64 older =
        addConfirmed(t.db(), QStringLiteral("井上"), QDate(2025, 3, 1), Stage::Cold);
    const qint64 fresh =
        addConfirmed(t.db(), QStringLiteral("上田"), QDate(2026, 1, 5), Stage::Hot);
    const qint64 lost =
        addConfirmed(t.db(), QStringLiteral("江藤"), QDate(2024, 1, 5), Stage::Lost);
    Agenda agenda(t.db(), kToday);
    CHECK(idsOf(agenda.review()) == QList<qint64>{older, old});

    // A bounced e-mail puts a fresh contact on the list at once, first.
    Activity bounce;
    bounce.contactId = fresh;
    bounce.channel = Channel::Email;
    bounce.summary = QStringLiteral("宛先不明で戻った");
    bounce.outcome = Outcome::Bounced;
    ActivityService(t.db(), kToday).log(bounce);
    CHECK(idsOf(agenda.review()) == QList<qint64>{fresh, older, old});

    // Confirming (or editing) the details takes them off.
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(kToday);
    contacts.confirmDetails(fresh);
    Contact edited = contacts.get(old);
    edited.title = QStringLiteral("部長");
    contacts.update(edited);
    CHECK(idsOf(agenda.review()) == QList<qint64>{older});
    CHECK(contacts.get(old).detailsConfirmedAt.date() == kToday);
    Q_UNUSED(lost)
}

TEST_CASE("the sales-ready list ranks warm and hot leads by score", "[nurture][score]")
{
    test::TestDatabase t;
    const qint64 ceo = addConfirmed(t.db(), QStringLiteral("青木"), kToday, Stage::Warm,
                                    QStringLiteral("代表取締役"));
    const qint64 hot = addConfirmed(t.db(), QStringLiteral("井上"), kToday, Stage::Hot);
    addConfirmed(t.db(), QStringLiteral("上田"), kToday, Stage::Customer, QStringLiteral("社長"));
    addConfirmed(t.db(), QStringLiteral("江藤"), kToday, Stage::Cold, QStringLiteral("社長"));
    Agenda agenda(t.db(), kToday);
    // 青木: 20 for the title + 10 for warm; 井上: 20 for hot. Customers are not leads.
    CHECK(idsOf(agenda.salesReady()) == QList<qint64>{ceo, hot});
    CHECK(agenda.salesReady().at(0).score == 30);
    CHECK(agenda.salesReady().at(1).score == 20);

    // Their inbound touch lifts 井上 above: recomputed when it is logged.
    Activity call;
    call.contactId = hot;
    call.direction = Direction::Inbound;
    ActivityService(t.db(), kToday).log(call);
    CHECK(agenda.salesReady().at(0).id == hot);
    CHECK(agenda.salesReady().at(0).score == 31); // + 10 inbound + 1 touch

    // A month and a half later the touch counts for less: the daily refresh sees it.
    ScoreKeeper keeper(t.db());
    CHECK(keeper.refreshIfStale(kToday.addDays(45)));
    CHECK_FALSE(keeper.refreshIfStale(kToday.addDays(45)));
    CHECK(ContactService(t.db(), nullptr).get(hot).score == 26); // + 5 inbound + 1 touch
}

TEST_CASE("the timeline shows imports, stage changes, touches and deals, newest first",
          "[nurture][timeline]")
{
    test::TestDatabase t;
    const QString csv = t.folder() + QStringLiteral("/cards.csv");
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("氏名,会社名,メール\n山田 太郎,株式会社ひかり電子,taro@hikari.example.jp\n");
    }
    ContactService contacts(t.db(), nullptr);
    ContactImporter importer(t.db(), contacts);
    const ImportSummary summary = importer.importFile(csv, {});
    REQUIRE(summary.created == 1);
    const qint64 id = contacts.page({}).contacts.at(0).id;

    StageService(t.db(), QDate(2099, 1, 10)).set({id}, Stage::Warm, QStringLiteral("資料請求"));
    Activity call;
    call.contactId = id;
    call.occurredAt = QDateTime(QDate(2099, 1, 12), QTime(11, 0));
    call.summary = QStringLiteral("見積の相談");
    call.direction = Direction::Inbound;
    ActivityService(t.db(), QDate(2099, 1, 12)).log(call);
    DealService deals(t.db(), QDate(2099, 1, 20));
    deals.win(deals.add(
        {0, id, QStringLiteral("検査装置"), 800000, QStringLiteral("JPY"), {}, {}, {}, {}, {}}));

    const QList<TimelineEntry> entries = TimelineRepository(t.db()).forContact(id);
    QStringList lines;
    for (const TimelineEntry &e : entries)
        lines.append(timelineKindKey(e.kind) + QLatin1Char(' ') + e.summary);
    CAPTURE(lines.join(QLatin1Char('|')).toStdString());
    REQUIRE(lines.size() == 7);
    CHECK(lines.at(0) == QStringLiteral("stage_change stage warm → customer: deal won: 検査装置"));
    CHECK(lines.at(1) == QStringLiteral("deal deal opened: 検査装置 (800,000 JPY)"));
    CHECK(lines.at(2) == QStringLiteral("deal deal won: 検査装置 (800,000 JPY)"));
    CHECK(lines.at(3) == QStringLiteral("activity 見積の相談"));
    CHECK(lines.at(4) == QStringLiteral("stage_change stage cold → warm: 資料請求"));
    // The import began, then the contact it made entered the funnel.
    CHECK(lines.at(5) == QStringLiteral("stage_change entered the funnel as cold"));
    CHECK(lines.at(6) == QStringLiteral("import imported from cards.csv (import 1)"));
    CHECK(entries.at(3).direction == QStringLiteral("inbound"));
}

TEST_CASE("erasing a person removes their follow-ups, touches, deals and stage history",
          "[nurture][erasure]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    const qint64 id = contacts.add(ContactBuilder());
    const qint64 other =
        contacts.add(ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子")));
    FollowUpService followUps(t.db(), kToday);
    followUps.add({0,
                   id,
                   kToday,
                   {},
                   Channel::Visit,
                   QStringLiteral("訪問"),
                   FollowUpStatus::Open,
                   {},
                   false,
                   {},
                   {}});
    followUps.add({0,
                   other,
                   kToday,
                   {},
                   Channel::Visit,
                   QStringLiteral("訪問"),
                   FollowUpStatus::Open,
                   {},
                   false,
                   {},
                   {}});
    Activity touch;
    touch.contactId = id;
    ActivityService(t.db(), kToday).log(touch);
    DealService(t.db(), kToday)
        .add({0, id, QStringLiteral("案件"), 1000, QStringLiteral("JPY"), {}, {}, {}, {}, {}});

    contacts.erase(id);
    CHECK(followUps.list(id, std::nullopt).isEmpty());
    CHECK(followUps.list(0, std::nullopt).size() == 1);
    CHECK(ActivityService(t.db(), kToday).list(id).isEmpty());
    CHECK(ActivityService(t.db(), kToday).list(0).isEmpty());
    CHECK(DealService(t.db(), kToday).list(0).isEmpty());
    CHECK(StageService(t.db(), kToday).history(id).isEmpty());
    for (const char *table : {"follow_ups", "activities", "deals", "stage_changes"}) {
        CAPTURE(table);
        QSqlQuery q = t.db().prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE contact_id = ?")
                                         .arg(QLatin1String(table)));
        q.addBindValue(id);
        t.db().exec(q);
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
}
