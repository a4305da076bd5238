// Several people on one database: who made and changed each record, row versions that stop
// a save from overwriting one made in between, and owners that lists can be filtered by.
// Each test opens the database twice, as two people's copies of Kizuna would.
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "funnel/funnelstatistics.h"
#include "nurture/agenda.h"
#include "nurture/dealservice.h"
#include "nurture/followupservice.h"
#include "storage/contactrepository.h"
#include "storage/dealrepository.h"
#include "storage/followuprepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

namespace {

const QDate kToday(2026, 11, 24);

// A matcher for the refusal of a stale save, which names who saved in between.
Catch::Matchers::Generic::PredicateMatcher<StorageError> conflictNaming(const QString &who)
{
    return Catch::Predicate<StorageError>([who](const StorageError &e) {
        return e.kind() == StorageError::Kind::Conflict && e.reason().contains(who);
    });
}

FollowUp followUpFor(qint64 contactId, const QDate &due, const QString &assignee = {})
{
    FollowUp f;
    f.contactId = contactId;
    f.dueOn = due;
    f.purpose = QStringLiteral("見積もりの確認");
    f.assignedTo = assignee;
    return f;
}

} // namespace

TEST_CASE("a contact records who made it, who changed it and its version", "[storage][authorship]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(kToday);
    const QString me = t.db().userName();
    REQUIRE_FALSE(me.isEmpty());

    const qint64 id = contacts.add(ContactBuilder());
    Contact stored = contacts.get(id);
    CHECK(stored.authorship.createdBy == me);
    CHECK(stored.authorship.changedBy == me);
    CHECK(stored.authorship.version == 1);
    CHECK(stored.owner == me); // whoever enters a lead looks after it

    Contact edited = stored;
    edited.title = QStringLiteral("部長");
    contacts.update(stored, edited);
    stored = contacts.get(id);
    CHECK(stored.title == QStringLiteral("部長"));
    CHECK(stored.authorship.version == 2);

    contacts.moveToTrash({id});
    CHECK(contacts.get(id).authorship.version == 3);
}

TEST_CASE("on a file the user is the desktop's login, or the one the opener names",
          "[storage][authorship][sqlite]")
{
    test::TestDatabase t;
    t.close();
    Database::Options options;
    options.userName = QStringLiteral("sato");
    Database sato(t.path(), options);
    CHECK(sato.userName() == QStringLiteral("sato"));
    options.userName = QStringLiteral("tanaka");
    Database tanaka(t.path(), options);

    ContactService bySato(sato, nullptr);
    ContactService byTanaka(tanaka, nullptr);
    bySato.setToday(kToday);
    byTanaka.setToday(kToday);
    const qint64 id = bySato.add(ContactBuilder());
    const Contact opened = byTanaka.get(id);
    Contact edited = opened;
    edited.notes = QStringLiteral("展示会で名刺交換");
    byTanaka.update(opened, edited);

    const Contact stored = bySato.get(id);
    CHECK(stored.authorship.createdBy == QStringLiteral("sato"));
    CHECK(stored.authorship.changedBy == QStringLiteral("tanaka"));
    CHECK(stored.owner == QStringLiteral("sato"));
    CHECK(UserRepository(tanaka).known() ==
          QStringList{QStringLiteral("sato"), QStringLiteral("tanaka")});
}

TEST_CASE("a save of a contact read before someone else's save is refused",
          "[storage][authorship][concurrency]")
{
    test::TestDatabase t;
    Database other(t.path());
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(kToday);
    const qint64 id = contacts.add(ContactBuilder());

    // Both read version 1; the first writes; the second's write names version 1 too, as a
    // save whose read and write straddle the first one's would.
    ContactRepository mine(t.db());
    ContactRepository theirs(other);
    Contact readByMe = *mine.find(id);
    Contact readByThem = *theirs.find(id);
    readByThem.title = QStringLiteral("係長");
    {
        Transaction transaction(other);
        theirs.update(readByThem);
        transaction.commit();
    }
    readByMe.title = QStringLiteral("部長");
    {
        Transaction transaction(t.db());
        CHECK_THROWS_MATCHES(mine.update(readByMe), StorageError, conflictNaming(other.userName()));
    }
    const Contact stored = *mine.find(id);
    CHECK(stored.title == QStringLiteral("係長"));
    CHECK(stored.authorship.version == 2);

    SECTION("a contact deleted meanwhile is NotFound, not a conflict")
    {
        mine.erase(id);
        CHECK_THROWS_MATCHES(theirs.update(readByThem), StorageError,
                             Catch::Predicate<StorageError>([](const StorageError &e) {
                                 return e.kind() == StorageError::Kind::NotFound;
                             }));
    }
}

TEST_CASE("follow-ups and deals carry authorship and refuse a stale save",
          "[storage][authorship][concurrency]")
{
    test::TestDatabase t;
    Database other(t.path());
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(kToday);
    const qint64 contactId = contacts.add(ContactBuilder());

    SECTION("follow-up")
    {
        FollowUpService service(t.db(), kToday);
        const qint64 id = service.add(followUpFor(contactId, kToday));
        FollowUp readByMe = service.get(id);
        CHECK(readByMe.authorship.createdBy == t.db().userName());
        CHECK(readByMe.authorship.version == 1);
        CHECK(readByMe.assignedTo == t.db().userName()); // the lead's owner's

        FollowUpService(other, kToday).reschedule(id, kToday.addDays(3));
        const FollowUp moved = service.get(id);
        CHECK(moved.authorship.version == 2);
        CHECK(moved.authorship.changedBy == other.userName());

        readByMe.purpose = QStringLiteral("別件");
        CHECK_THROWS_MATCHES(FollowUpRepository(t.db()).update(readByMe), StorageError,
                             conflictNaming(other.userName()));
        CHECK(service.get(id).dueOn == kToday.addDays(3));
        CHECK(service.get(id).purpose == QStringLiteral("見積もりの確認"));
    }
    SECTION("deal")
    {
        Deal d;
        d.contactId = contactId;
        d.title = QStringLiteral("検査装置 2台");
        d.amount = 1200000;
        const qint64 id = DealService(t.db(), kToday).add(d);
        Deal readByMe = *DealRepository(t.db()).find(id);
        CHECK(readByMe.authorship.createdBy == t.db().userName());
        CHECK(readByMe.authorship.version == 1);

        Deal readByThem = *DealRepository(other).find(id);
        readByThem.amount = 1500000;
        DealRepository(other).update(readByThem);

        readByMe.amount = 900000;
        CHECK_THROWS_MATCHES(DealRepository(t.db()).update(readByMe), StorageError,
                             conflictNaming(other.userName()));
        const Deal stored = *DealRepository(t.db()).find(id);
        CHECK(stored.amount == 1500000);
        CHECK(stored.authorship.version == 2);
    }
}

TEST_CASE("the agenda shows mine and unassigned, one user's, or everyone's", "[nurture][owners]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(kToday);
    const QString me = t.db().userName();
    Contact ownedBySato = ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子"));
    ownedBySato.owner = QStringLiteral("sato");
    const qint64 satos = contacts.add(ownedBySato);
    const qint64 mine = contacts.add(ContactBuilder());
    FollowUpService followUps(t.db(), kToday);
    const qint64 forSato = followUps.add(followUpFor(satos, kToday)); // the lead's owner's
    const qint64 forMe = followUps.add(followUpFor(mine, kToday));
    const qint64 unassigned = followUps.add(followUpFor(mine, kToday.addDays(1)));
    FollowUp f = followUps.get(unassigned);
    f.assignedTo.clear();
    FollowUpRepository(t.db()).update(f);
    const qint64 overdueForSato =
        followUps.add(followUpFor(mine, kToday.addDays(-2), QStringLiteral("sato")));

    auto ids = [](const QList<AgendaItem> &items) {
        QList<qint64> list;
        for (const AgendaItem &item : items)
            list.append(item.followUp.id);
        std::sort(list.begin(), list.end());
        return list;
    };
    CHECK(followUps.get(forSato).assignedTo == QStringLiteral("sato"));
    const Agenda everyone(t.db(), kToday);
    const Agenda myAgenda(t.db(), kToday, OwnerFilter::mine(me));
    const Agenda satosAgenda(t.db(), kToday, OwnerFilter::of(QStringLiteral("sato")));
    CHECK(ids(everyone.week()) == QList<qint64>{forSato, forMe, unassigned});
    CHECK(ids(myAgenda.week()) == QList<qint64>{forMe, unassigned});
    CHECK(ids(satosAgenda.week()) == QList<qint64>{forSato});
    CHECK(everyone.weekCount() == 3);
    CHECK(myAgenda.weekCount() == 2);
    CHECK(satosAgenda.weekCount() == 1);
    CHECK(ids(satosAgenda.overdue()) == QList<qint64>{overdueForSato});
    CHECK(myAgenda.overdueCount() == 0);
    CHECK(satosAgenda.overdueCount() == 1);
    CHECK(UserRepository(t.db()).known().contains(QStringLiteral("sato")));

    SECTION("lead lists go by the lead's owner")
    {
        // Neither lead has an open follow-up once theirs are done: both are dropped.
        for (qint64 id : {forSato, forMe, unassigned, overdueForSato})
            followUps.complete(id, {}, Outcome::None, {FollowUpService::Next::Mode::None, {}},
                               std::nullopt);
        auto contactIds = [](const QList<Contact> &list) {
            QList<qint64> result;
            for (const Contact &c : list)
                result.append(c.id);
            std::sort(result.begin(), result.end());
            return result;
        };
        CHECK(contactIds(everyone.dropped()) == QList<qint64>{satos, mine});
        CHECK(contactIds(myAgenda.dropped()) == QList<qint64>{mine});
        CHECK(contactIds(satosAgenda.dropped()) == QList<qint64>{satos});
        CHECK(myAgenda.droppedCount() == 1);
        CHECK(everyone.droppedCount() == 2);
    }
}

TEST_CASE("the funnel can be filtered by the leads' owner", "[funnel][owners]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(kToday);
    Contact a = ContactBuilder().stage(Stage::Warm);
    a.owner = QStringLiteral("sato");
    a.cardExchangedOn = kToday.addDays(-10);
    contacts.add(a);
    Contact b = ContactBuilder().name(QStringLiteral("鈴木"), QStringLiteral("一郎"));
    b.cardExchangedOn = kToday.addDays(-10);
    contacts.add(b);

    const FunnelStatistics statistics(t.db(), kToday);
    FunnelFilter filter;
    CHECK(statistics.compute(filter).leads == 2);
    filter.owner = QStringLiteral("sato");
    const Funnel satos = statistics.compute(filter);
    CHECK(satos.leads == 1);
    CHECK(satos.stages.at(int(Stage::Warm)).reached == 1);
    filter.owner = QStringLiteral("nobody");
    CHECK(statistics.compute(filter).leads == 0);
}
