#include "nurture/followupservice.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "nurture/activityservice.h"
#include "nurture/agenda.h"
#include "nurture/nurturesettings.h"
#include "nurture/stageservice.h"
#include "storage/followuprepository.h"
#include "storage/settingsrepository.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

namespace {

const QDate kToday(2026, 11, 24); // a Tuesday

FollowUp followUp(qint64 contactId, const QDate &due, const QString &purpose,
                  const QTime &time = {})
{
    FollowUp f;
    f.contactId = contactId;
    f.dueOn = due;
    f.dueAt = time;
    f.channel = Channel::Phone;
    f.purpose = purpose;
    return f;
}

qint64 addContact(Database &db, Stage stage, const QString &family = QStringLiteral("山田"))
{
    ContactService contacts(db, nullptr);
    contacts.setToday(kToday);
    return contacts.add(ContactBuilder().name(family, QStringLiteral("太郎")).stage(stage));
}

void setSetting(Database &db, const QString &key, const QString &value)
{
    SettingsRepository settings(db);
    NurtureSettings::store(settings, key, value);
}

} // namespace

TEST_CASE("completing a follow-up logs the touch and schedules the next on the cadence",
          "[nurture][followups]")
{
    test::TestDatabase t;
    const qint64 id = addContact(t.db(), Stage::Warm);
    FollowUpService service(t.db(), kToday);
    const qint64 first = service.add(followUp(id, kToday, QStringLiteral("見積のご説明")));

    const auto done =
        service.complete(first, QStringLiteral("説明済み、前向き"), Outcome::Interested, {});
    const FollowUp closed = service.get(first);
    CHECK(closed.status == FollowUpStatus::Done);
    CHECK(closed.completedOn == kToday);
    const QList<Activity> touches = ActivityService(t.db(), kToday).list(id);
    REQUIRE(touches.size() == 1);
    CHECK(touches.at(0).id == done.activityId);
    CHECK(touches.at(0).channel == Channel::Phone);
    CHECK(touches.at(0).direction == Direction::Outbound);
    CHECK(touches.at(0).summary == QStringLiteral("説明済み、前向き"));
    CHECK(touches.at(0).outcome == Outcome::Interested);
    CHECK(touches.at(0).occurredAt.date() == kToday);
    // Warm: every 30 days, counted from today's touch; 24 December is a Thursday.
    CHECK(done.nextDue == QDate(2026, 12, 24));
    const FollowUp next = service.get(done.nextId);
    CHECK(next.cadence);
    CHECK(next.status == FollowUpStatus::Open);

    // The user picks the day, or says no further follow-up.
    const auto picked = service.complete(done.nextId, {}, Outcome::Reached,
                                         {FollowUpService::Next::Mode::On, QDate(2027, 1, 8)});
    CHECK(picked.nextDue == QDate(2027, 1, 8));
    CHECK_FALSE(service.get(picked.nextId).cadence);
    const auto last = service.complete(picked.nextId, {}, Outcome::Reached,
                                       {FollowUpService::Next::Mode::None, {}});
    CHECK(last.nextId == 0);
    CHECK(service.list(id, FollowUpStatus::Open).isEmpty());
    CHECK_THROWS_AS(service.complete(first, {}, Outcome::None, {}), ValidationError);
}

TEST_CASE("the cadence lands on a working day, skipping weekends and holidays as set",
          "[nurture][followups]")
{
    test::TestDatabase t;
    setSetting(t.db(), QStringLiteral("cadence.hot"), QStringLiteral("4"));
    const QDate tuesday(2026, 4, 28);
    const qint64 id = addContact(t.db(), Stage::Hot);
    FollowUpService service(t.db(), tuesday);
    const auto none = FollowUpService::Next{FollowUpService::Next::Mode::None, {}};
    const qint64 f = service.add(followUp(id, tuesday, QStringLiteral("電話")));
    // 2 May is a Saturday and 3 to 6 May are Golden Week holidays.
    const auto first = service.complete(f, {}, Outcome::Reached, {});
    CHECK(first.nextDue == QDate(2026, 5, 7));
    service.skip(first.nextId, none);

    setSetting(t.db(), QStringLiteral("schedule.skip_holidays"), QStringLiteral("false"));
    const qint64 g = service.add(followUp(id, tuesday, QStringLiteral("電話")));
    const auto second = service.complete(g, {}, Outcome::Reached, {});
    CHECK(second.nextDue == QDate(2026, 5, 4));
    service.skip(second.nextId, none);

    setSetting(t.db(), QStringLiteral("schedule.skip_weekends"), QStringLiteral("false"));
    const qint64 h = service.add(followUp(id, tuesday, QStringLiteral("電話")));
    CHECK(service.complete(h, {}, Outcome::Reached, {}).nextDue == QDate(2026, 5, 2));
}

TEST_CASE("any touch moves the open cadence follow-up, the user's own stay put",
          "[nurture][followups]")
{
    test::TestDatabase t;
    const qint64 id = addContact(t.db(), Stage::Warm);
    FollowUpService service(t.db(), kToday);
    CHECK(service.planDropped() == 1);
    const FollowUp cadence = service.list(id, FollowUpStatus::Open).at(0);
    CHECK(cadence.cadence);
    CHECK(cadence.dueOn == QDate(2026, 12, 24));
    const qint64 own =
        service.add(followUp(id, QDate(2026, 12, 10), QStringLiteral("カタログ送付")));

    // They call us on 1 December: the cadence now counts from that day.
    Activity call;
    call.contactId = id;
    call.occurredAt = QDateTime(QDate(2026, 12, 1), QTime(15, 0));
    call.direction = Direction::Inbound;
    call.summary = QStringLiteral("先方から問い合わせ");
    ActivityService(t.db(), QDate(2026, 12, 1)).log(call);
    CHECK(service.get(cadence.id).dueOn == QDate(2026, 12, 31));
    CHECK(service.get(own).dueOn == QDate(2026, 12, 10));

    // A touch logged late for an earlier day does not pull the cadence back.
    Activity earlier = call;
    earlier.occurredAt = QDateTime(QDate(2026, 11, 25), QTime(9, 0));
    ActivityService(t.db(), QDate(2026, 12, 2)).log(earlier);
    CHECK(service.get(cadence.id).dueOn == QDate(2026, 12, 31));

    // A new stage re-times it from the last touch: hot is every 7 days.
    StageService(t.db(), QDate(2026, 12, 2)).set({id}, Stage::Hot, {});
    CHECK(service.get(cadence.id).dueOn == QDate(2026, 12, 8));
    // Lost ends the cadence; the user's own follow-up stays.
    StageService(t.db(), QDate(2026, 12, 3)).set({id}, Stage::Lost, {});
    CHECK(service.get(cadence.id).status == FollowUpStatus::Skipped);
    CHECK(service.get(own).status == FollowUpStatus::Open);
}

TEST_CASE("dropped leads are active contacts with nothing open, and can be planned at once",
          "[nurture][followups][agenda]")
{
    test::TestDatabase t;
    const qint64 cold = addContact(t.db(), Stage::Cold, QStringLiteral("青木"));
    const qint64 warm = addContact(t.db(), Stage::Warm, QStringLiteral("井上"));
    const qint64 lost = addContact(t.db(), Stage::Lost, QStringLiteral("上田"));
    const qint64 hot = addContact(t.db(), Stage::Hot, QStringLiteral("江藤"));
    const qint64 trashed = addContact(t.db(), Stage::Hot, QStringLiteral("小野"));
    ContactService(t.db(), nullptr).moveToTrash(trashed);
    FollowUpService service(t.db(), kToday);
    service.add(followUp(warm, QDate(2026, 12, 1), QStringLiteral("訪問")));
    const qint64 done = service.add(followUp(hot, QDate(2026, 11, 20), QStringLiteral("電話")));
    service.complete(done, {}, Outcome::Reached, {FollowUpService::Next::Mode::None, {}});

    Agenda agenda(t.db(), kToday);
    QList<qint64> ids;
    for (const Contact &c : agenda.dropped())
        ids.append(c.id);
    CHECK(ids == QList<qint64>{hot, cold}); // hottest first
    REQUIRE(agenda.dropped(1).size() == 1); // a short list stops at the hottest stage
    CHECK(agenda.dropped(1).at(0).id == hot);
    CHECK(agenda.droppedCount() == 2);
    Q_UNUSED(lost)

    CHECK(service.planDropped() == 2);
    CHECK(agenda.dropped().isEmpty());
    // Hot was touched today (the call above): due in 7 days. Cold was never touched.
    CHECK(service.list(hot, FollowUpStatus::Open).at(0).dueOn == QDate(2026, 12, 1));
    CHECK(service.list(cold, FollowUpStatus::Open).at(0).dueOn == QDate(2027, 2, 22));
}

TEST_CASE("a lead is dropped the moment its last open follow-up goes, however it goes",
          "[nurture][followups][agenda]")
{
    test::TestDatabase t;
    const qint64 hot = addContact(t.db(), Stage::Hot, QStringLiteral("江藤"));
    const qint64 warm = addContact(t.db(), Stage::Warm, QStringLiteral("井上"));
    FollowUpService service(t.db(), kToday);
    Agenda agenda(t.db(), kToday);
    const auto dropped = [&agenda] {
        QList<qint64> ids;
        for (const Contact &c : agenda.dropped())
            ids.append(c.id);
        return ids;
    };
    const FollowUpService::Next none{FollowUpService::Next::Mode::None, {}};
    const qint64 first = service.add(followUp(hot, kToday, QStringLiteral("電話")));
    const qint64 second = service.add(followUp(hot, kToday.addDays(3), QStringLiteral("訪問")));
    CHECK(dropped() == QList<qint64>{warm});

    const auto done = service.complete(first, {}, Outcome::Reached, none);
    CHECK(dropped() == QList<qint64>{warm}); // the second is still open
    service.removeOpen({second});
    CHECK(dropped() == (QList<qint64>{hot, warm}));
    service.undoCompletion(done);
    CHECK(dropped() == QList<qint64>{warm});
    service.skip(first, none);
    CHECK(dropped() == (QList<qint64>{hot, warm}));
    CHECK(agenda.droppedCount() == 2);

    // Follow-ups that move to another person (a merge of duplicates) count for them.
    service.add(followUp(warm, kToday, QStringLiteral("見積")));
    CHECK(dropped() == QList<qint64>{hot});
    FollowUpRepository(t.db()).reassign(warm, hot);
    CHECK(dropped() == QList<qint64>{warm});
    CHECK(agenda.droppedCount() == 1);
    // Every count agrees with the follow-ups themselves.
    CHECK(FollowUpRepository(t.db()).countMiscountedContacts() == 0);
}

TEST_CASE("the agenda lists today, overdue, the week and a range, follow-ups snooze, "
          "reschedule and skip",
          "[nurture][followups][agenda]")
{
    test::TestDatabase t;
    const qint64 a = addContact(t.db(), Stage::Warm, QStringLiteral("青木"));
    const qint64 b = addContact(t.db(), Stage::Hot, QStringLiteral("井上"));
    FollowUpService service(t.db(), kToday);
    const qint64 late = service.add(followUp(a, QDate(2026, 11, 20), QStringLiteral("遅れ")));
    const qint64 allDay = service.add(followUp(b, kToday, QStringLiteral("終日")));
    const qint64 timed = service.add(followUp(a, kToday, QStringLiteral("10時"), QTime(10, 0)));
    const qint64 friday = service.add(followUp(b, QDate(2026, 11, 27), QStringLiteral("金曜")));
    const qint64 december = service.add(followUp(a, QDate(2026, 12, 10), QStringLiteral("12月")));

    const auto idsOf = [](const QList<AgendaItem> &items) {
        QList<qint64> ids;
        for (const AgendaItem &item : items)
            ids.append(item.followUp.id);
        return ids;
    };
    Agenda agenda(t.db(), kToday);
    CHECK(idsOf(agenda.overdue()) == QList<qint64>{late});
    CHECK(idsOf(agenda.today()) == QList<qint64>{timed, allDay}); // timed first
    CHECK(idsOf(agenda.week()) == QList<qint64>{timed, allDay, friday});
    CHECK(idsOf(agenda.range(QDate(2026, 12, 1), QDate(2026, 12, 31))) == QList<qint64>{december});
    CHECK(agenda.overdueCount() == 1);
    CHECK(agenda.todayCount() == 2);
    {
        // A contact in the trash takes its follow-ups off the lists and out of the counts.
        const qint64 trashed = addContact(t.db(), Stage::Hot, QStringLiteral("小野"));
        service.add(followUp(trashed, QDate(2026, 11, 2), QStringLiteral("ごみ箱")));
        service.add(followUp(trashed, kToday, QStringLiteral("ごみ箱")));
        CHECK(agenda.overdueCount() == 2);
        CHECK(agenda.todayCount() == 3);
        ContactService(t.db(), nullptr).moveToTrash(trashed);
        CHECK(agenda.overdueCount() == 1);
        CHECK(agenda.todayCount() == 2);
        CHECK(idsOf(agenda.overdue()) == QList<qint64>{late});
    }
    const AgendaItem first = agenda.today().at(0);
    CHECK(first.familyName == QStringLiteral("青木"));
    CHECK(first.stage == Stage::Warm);

    // Snoozing counts from today for an overdue one: 24 + 3 = Friday 27 November.
    CHECK(service.snooze(late, 3) == QDate(2026, 11, 27));
    // Four days from Friday is Tuesday 1 December.
    CHECK(service.snooze(friday, 4) == QDate(2026, 12, 1));
    service.reschedule(december, QDate(2026, 12, 13), QTime(14, 30)); // a Sunday, as picked
    CHECK(service.get(december).dueOn == QDate(2026, 12, 13));
    CHECK(service.get(december).dueAt == QTime(14, 30));
    service.skip(allDay, {FollowUpService::Next::Mode::None, {}});
    CHECK(service.get(allDay).status == FollowUpStatus::Skipped);
    CHECK(ActivityService(t.db(), kToday).list(b).isEmpty()); // a skip is not a touch
    CHECK(agenda.overdue().isEmpty());
    CHECK_THROWS_AS(service.snooze(allDay, 1), ValidationError);
    CHECK_THROWS_AS(service.snooze(late, 0), ValidationError);
    CHECK_THROWS_AS(service.add(followUp(9999, kToday, {})), StorageError);
    CHECK_THROWS_AS(service.add(followUp(a, {}, {})), ValidationError);
}

TEST_CASE("follow-ups are made for everyone a filter finds, in one step", "[nurture][followups]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    const QString show = QStringLiteral("産業交流展2026");
    contacts.addAll(
        {ContactBuilder().name(QStringLiteral("青木"), QStringLiteral("一")).source(show),
         ContactBuilder().name(QStringLiteral("井上"), QStringLiteral("二")).source(show),
         ContactBuilder().name(QStringLiteral("上田"), QStringLiteral("三")).source(show),
         ContactBuilder().name(QStringLiteral("江藤"), QStringLiteral("四"))});
    ContactListQuery query;
    query.source = show;
    FollowUp pattern = followUp(0, kToday.addDays(14), QStringLiteral("展示会のお礼の電話"));
    FollowUpService service(t.db(), kToday);
    CHECK(service.addForAll(query, pattern) == 3);
    const QList<FollowUp> open = service.list(0, FollowUpStatus::Open);
    CHECK(open.size() == 3);
    for (const FollowUp &f : open) {
        CHECK(f.dueOn == QDate(2026, 12, 8));
        CHECK(f.purpose == QStringLiteral("展示会のお礼の電話"));
    }
}

TEST_CASE("agenda lists read page by page give every line once, across stages",
          "[nurture][followups][agenda]")
{
    test::TestDatabase t;
    // Dropped leads come one stage after another: pages must cross from hot to warm to cold.
    QList<qint64> expected;
    for (const Stage stage : {Stage::Hot, Stage::Warm, Stage::Cold}) {
        for (int i = 0; i < 3; ++i)
            expected.append(addContact(t.db(), stage, QStringLiteral("山田%1").arg(i)));
    }
    FollowUpService service(t.db(), kToday);
    const qint64 withFollowUp = addContact(t.db(), Stage::Warm, QStringLiteral("井上"));
    QList<qint64> overdue;
    for (int i = 0; i < 5; ++i)
        overdue.append(service.add(followUp(withFollowUp, kToday.addDays(-10 + i), {})));

    Agenda agenda(t.db(), kToday);
    const auto pages = [](const auto &read, int size) {
        QList<qint64> ids;
        for (int offset = 0;; offset += size) {
            const auto page = read(size, offset);
            for (const auto &line : page) {
                if constexpr (std::is_same_v<std::decay_t<decltype(line)>, Contact>)
                    ids.append(line.id);
                else
                    ids.append(line.followUp.id);
            }
            if (page.size() < size)
                return ids;
        }
    };
    // Scores are all 0: within a stage the list is in id order.
    CHECK(pages([&](int n, int o) { return agenda.dropped(n, o); }, 2) == expected);
    CHECK(pages([&](int n, int o) { return agenda.dropped(n, o); }, 4) == expected);
    CHECK(agenda.dropped(3, 7).size() == 2);
    CHECK(agenda.dropped(3, 9).isEmpty());
    CHECK(pages([&](int n, int o) { return agenda.overdue(n, o); }, 2) == overdue);
    const QList<AgendaItem> middle = agenda.range(kToday.addDays(-10), kToday, 2, 3);
    REQUIRE(middle.size() == 2);
    CHECK(middle.at(0).followUp.id == overdue.at(3));
    CHECK(middle.at(1).followUp.id == overdue.at(4));
}

TEST_CASE("a completion is taken back: touch and next follow-up gone, the follow-up open again",
          "[nurture][followups][undo]")
{
    test::TestDatabase t;
    const qint64 id = addContact(t.db(), Stage::Warm);
    FollowUpService service(t.db(), kToday);
    ActivityService activities(t.db(), kToday);

    SECTION("the next one on the cadence")
    {
        const qint64 first = service.add(followUp(id, kToday, QStringLiteral("見積のご説明")));
        const int scoreBefore = ContactService(t.db(), nullptr).get(id).score;
        const auto done =
            service.complete(first, QStringLiteral("説明済み"), Outcome::Interested, {});
        CHECK(done.followUpId == first);
        CHECK(done.nextMade);
        REQUIRE(activities.list(id).size() == 1);

        service.undoCompletion(done);
        CHECK(activities.list(id).isEmpty());
        const FollowUp reopened = service.get(first);
        CHECK(reopened.status == FollowUpStatus::Open);
        CHECK_FALSE(reopened.completedOn.isValid());
        CHECK(reopened.dueOn == kToday);
        QList<qint64> open;
        for (const FollowUp &f : service.list(id, FollowUpStatus::Open))
            open.append(f.id);
        CHECK(open == QList<qint64>{first});
        CHECK(ContactService(t.db(), nullptr).get(id).score == scoreBefore);
        // Taken back twice is refused: it is open.
        CHECK_THROWS_AS(service.undoCompletion(done), StorageError);

        // Done again after the undo, as a redo does.
        const auto again =
            service.complete(first, QStringLiteral("説明済み"), Outcome::Interested, {});
        CHECK(activities.list(id).size() == 1);
        CHECK(again.nextDue == QDate(2026, 12, 24));
    }
    SECTION("a day the user picked, with the cadence follow-up moved by the touch")
    {
        CHECK(service.planDropped() == 1);
        const FollowUp cadence = service.list(id, FollowUpStatus::Open).at(0);
        // An earlier follow-up of the user's own, done on 1 December.
        const qint64 own = service.add(followUp(id, QDate(2026, 11, 20), QStringLiteral("電話")));
        FollowUpService later(t.db(), QDate(2026, 12, 1));
        const auto done = later.complete(own, {}, Outcome::Reached,
                                         {FollowUpService::Next::Mode::On, QDate(2027, 1, 8)});
        CHECK(done.movedId == cadence.id);
        CHECK(done.movedFrom == cadence.dueOn);
        CHECK(service.get(cadence.id).dueOn != cadence.dueOn);

        later.undoCompletion(done);
        CHECK(service.get(own).status == FollowUpStatus::Open);
        CHECK(service.get(cadence.id).dueOn == cadence.dueOn);
        CHECK_THROWS_AS(service.get(done.nextId), StorageError);
        CHECK(activities.list(id).isEmpty());
    }
    SECTION("an open cadence follow-up that the completion found is not deleted")
    {
        CHECK(service.planDropped() == 1);
        const FollowUp cadence = service.list(id, FollowUpStatus::Open).at(0);
        const qint64 own = service.add(followUp(id, kToday, QStringLiteral("訪問")));
        const auto done = service.complete(own, {}, Outcome::Reached, {});
        CHECK(done.nextId == cadence.id);
        CHECK_FALSE(done.nextMade);
        service.undoCompletion(done);
        CHECK(service.get(cadence.id).status == FollowUpStatus::Open);
        CHECK(service.get(own).status == FollowUpStatus::Open);
    }
    SECTION("a next follow-up done meanwhile keeps the completion")
    {
        const qint64 first = service.add(followUp(id, kToday, QStringLiteral("見積のご説明")));
        const auto done = service.complete(first, {}, Outcome::Reached,
                                           {FollowUpService::Next::Mode::On, QDate(2026, 12, 1)});
        service.complete(done.nextId, {}, Outcome::Reached,
                         {FollowUpService::Next::Mode::None, {}});
        CHECK_THROWS_MATCHES(service.undoCompletion(done), StorageError,
                             Catch::Predicate<StorageError>([](const StorageError &e) {
                                 return e.kind() == StorageError::Kind::Conflict;
                             }));
        CHECK(service.get(first).status == FollowUpStatus::Done);
        CHECK(activities.list(id).size() == 2);
    }
}

TEST_CASE("a follow-up for each selected contact in one step, taken back all or none",
          "[nurture][followup][undo]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    const QList<qint64> ids =
        contacts.addAll({ContactBuilder().name(QStringLiteral("山田"), QStringLiteral("太郎")),
                         ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子")),
                         ContactBuilder().name(QStringLiteral("鈴木"), QStringLiteral("一郎"))});
    FollowUpService service(t.db(), kToday);
    FollowUpRepository repository(t.db());
    const qint64 before = repository.countAll();
    FollowUp pattern = followUp(0, kToday.addDays(7), QStringLiteral("展示会のお礼"));
    pattern.channel = Channel::Email;

    const QList<qint64> made = service.addForContacts({ids.at(0), ids.at(2)}, pattern);
    REQUIRE(made.size() == 2);
    CHECK(repository.countAll() == before + 2);
    CHECK(service.get(made.at(0)).contactId == ids.at(0));
    CHECK(service.get(made.at(1)).contactId == ids.at(2));
    for (qint64 id : made) {
        const FollowUp f = service.get(id);
        CHECK(f.status == FollowUpStatus::Open);
        CHECK(f.dueOn == kToday.addDays(7));
        CHECK(f.channel == Channel::Email);
        CHECK(f.purpose == QStringLiteral("展示会のお礼"));
    }
    CHECK(service.list(ids.at(1), FollowUpStatus::Open).isEmpty());

    // An unknown contact: nobody gets one.
    CHECK_THROWS_AS(service.addForContacts({ids.at(1), 9999}, pattern), StorageError);
    CHECK(repository.countAll() == before + 2);

    SECTION("undo deletes them all")
    {
        service.removeOpen(made);
        CHECK(repository.countAll() == before);
    }
    SECTION("one done since: nothing is deleted")
    {
        service.complete(made.at(1), QStringLiteral("送付済み"), Outcome::None,
                         {FollowUpService::Next::Mode::None, {}});
        CHECK_THROWS_AS(service.removeOpen(made), StorageError);
        CHECK(service.get(made.at(0)).status == FollowUpStatus::Open);
        CHECK(service.get(made.at(1)).status == FollowUpStatus::Done);
    }
}
