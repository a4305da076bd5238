// Two clients of one database at the same moment: one holds its transaction open after
// closing a follow-up while the other, on its own connection and thread, works on the same
// follow-up or contact. On a server the second waits for the first's row lock; on a file
// for its write lock. Either way the first's completion must stand.
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "nurture/cadencekeeper.h"
#include "nurture/followupservice.h"
#include "nurture/nurturesettings.h"
#include "storage/activityrepository.h"
#include "storage/followuprepository.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>

#include <chrono>
#include <functional>
#include <latch>
#include <thread>

using namespace kizuna;
using test::ContactBuilder;

namespace {

const QDate kToday(2026, 11, 24);

qint64 addFollowUp(Database &db, qint64 contactId, bool cadence)
{
    FollowUp f;
    f.contactId = contactId;
    f.dueOn = kToday;
    f.purpose = QStringLiteral("見積のご説明");
    f.cadence = cadence;
    return FollowUpService(db, kToday).add(f);
}

// The first client: closes the follow-up and keeps its transaction open until commit().
class HeldCompletion final
{
public:
    HeldCompletion(Database &db, qint64 followUpId)
        : m_transaction(db)
    {
        FollowUpRepository followUps(db);
        FollowUp f = *followUps.find(followUpId);
        f.status = FollowUpStatus::Done;
        f.completedOn = kToday;
        REQUIRE(followUps.updateIfOpen(f));
    }
    void commit() { m_transaction.commit(); }

private:
    Transaction m_transaction;
};

// The second client, on a thread of its own (a connection belongs to its thread): connects
// first, then runs `work` once the first client holds its lock. Returns the error it
// met, empty when none.
class OtherClient final
{
public:
    OtherClient(const QString &path, std::function<void(Database &)> work)
        : m_thread([this, path, work = std::move(work)] {
            Database db(path);
            m_connected.count_down();
            m_go.wait();
            try {
                work(db);
            } catch (const std::exception &e) {
                m_error = QString::fromUtf8(e.what());
            }
        })
    {
        m_connected.wait();
    }
    ~OtherClient()
    {
        if (!m_thread.joinable())
            return;
        if (!m_started)
            m_go.count_down();
        m_thread.join();
    }
    OtherClient(const OtherClient &) = delete;
    OtherClient &operator=(const OtherClient &) = delete;

    void start()
    {
        m_started = true;
        m_go.count_down();
    }
    QString finish()
    {
        m_thread.join();
        return m_error;
    }

private:
    std::latch m_connected{1};
    std::latch m_go{1};
    bool m_started = false;
    QString m_error;
    std::thread m_thread;
};

// A server shows the second client waiting for the first's row lock; SQLite's wait for its
// write lock is invisible from outside, so the second is given time to get there.
void waitUntilBlocked(const test::TestDatabase &t)
{
    using namespace std::chrono_literals;
    if (!test::TestDatabase::onServer()) {
        std::this_thread::sleep_for(300ms);
        return;
    }
    Database watcher(t.path());
    const QDeadlineTimer deadline(5s);
    while (watcher
               .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                      "current_database() AND wait_event_type = 'Lock'"))
               .toInt() == 0) {
        REQUIRE_FALSE(deadline.hasExpired());
        std::this_thread::sleep_for(10ms);
    }
}

// The first client completes `held` and keeps its transaction open while the second
// completes `other` (the same follow-up or another); returns the error the second met, empty
// when none.
QString completeWhileHeld(test::TestDatabase &t, qint64 held, qint64 other)
{
    OtherClient second(t.path(), [other](Database &db) {
        FollowUpService(db, kToday)
            .complete(other, QStringLiteral("電話済み"), Outcome::Reached,
                      {FollowUpService::Next::Mode::None, {}});
    });
    HeldCompletion first(t.db(), held);
    second.start();
    waitUntilBlocked(t);
    first.commit();
    return second.finish();
}

} // namespace

TEST_CASE("two clients completing one follow-up: one succeeds, the other is refused",
          "[nurture][followups][concurrency]")
{
    test::TestDatabase t;
    const qint64 contact = ContactService(t.db(), nullptr).add(ContactBuilder().stage(Stage::Warm));
    const qint64 id = addFollowUp(t.db(), contact, false);

    CHECK_THAT(completeWhileHeld(t, id, id).toStdString(), Catch::Contains("is already done"));
    CHECK(FollowUpService(t.db(), kToday).get(id).status == FollowUpStatus::Done);
    // The refused completion logged no touch.
    CHECK(ActivityRepository(t.db()).countAll() == 0);
}

TEST_CASE("a touch does not reopen a cadence follow-up another client completed meanwhile",
          "[nurture][followups][concurrency]")
{
    test::TestDatabase t;
    const qint64 contact = ContactService(t.db(), nullptr).add(ContactBuilder().stage(Stage::Warm));
    const qint64 cadence = addFollowUp(t.db(), contact, true);
    const qint64 call = addFollowUp(t.db(), contact, false);

    // Completing the call logs a touch, which moves the contact's open cadence follow-up:
    // the one the first client is completing.
    CHECK(completeWhileHeld(t, cadence, call).isEmpty());
    const FollowUpService service(t.db(), kToday);
    CHECK(service.get(cadence).status == FollowUpStatus::Done);
    CHECK(service.get(cadence).completedOn == kToday);
    CHECK(service.get(call).status == FollowUpStatus::Done);
}

TEST_CASE("two clients making a lead's cadence follow-up at once make one",
          "[nurture][followups][concurrency]")
{
    test::TestDatabase t;
    const qint64 contact = ContactService(t.db(), nullptr).add(ContactBuilder().stage(Stage::Warm));
    const auto cadenceKeeper = [](Database &db) {
        return CadenceKeeper(db, NurtureSettings::load(SettingsRepository(db)), kToday);
    };

    qint64 secondId = -1;
    OtherClient second(t.path(), [&](Database &db) {
        Transaction transaction(db);
        secondId = cadenceKeeper(db).ensure(contact, Stage::Warm, kToday);
        transaction.commit();
    });
    Transaction first(t.db());
    const qint64 firstId = cadenceKeeper(t.db()).ensure(contact, Stage::Warm, kToday);
    REQUIRE(firstId > 0);
    second.start();
    waitUntilBlocked(t);
    first.commit();
    CHECK(second.finish().isEmpty());

    // The second found the first's once it could look: one open cadence follow-up.
    CHECK(secondId == firstId);
    CHECK(FollowUpRepository(t.db()).countOpen({}, {}) == 1);
}
