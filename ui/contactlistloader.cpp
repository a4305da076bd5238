#include "contactlistloader.h"

#include "storage/contactlistrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace kizuna {

// A Database belongs to the thread that opened it: the worker's is opened, used and closed
// on the pool's one thread.
struct ContactListLoader::Worker
{
    std::unique_ptr<Database> db;
    QMutex lock; // guards interrupt, which the GUI thread calls
    std::function<void()> interrupt;
};

ContactListLoader::ContactListLoader(const Database &db, QObject *parent)
    : QObject(parent)
    , m_path(db.path())
    , m_options(db.options())
    , m_worker(std::make_shared<Worker>())
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // the same thread for the connection's whole life
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ContactListLoader::finish);
}

ContactListLoader::~ContactListLoader()
{
    m_pending.reset();
    m_watcher.waitForFinished();
    QtConcurrent::run(&m_thread, [worker = std::move(m_worker)] {
        worker->db.reset();
    }).waitForFinished();
    m_thread.waitForDone();
}

void ContactListLoader::count(const ContactListQuery &query, quint64 ticket)
{
    request({query, ticket, Job::Count, 0});
}

void ContactListLoader::order(const ContactListQuery &query, quint64 ticket)
{
    request({query, ticket, Job::Order, 0});
}

void ContactListLoader::anchor(const ContactListQuery &query, int stride, quint64 ticket)
{
    request({query, ticket, Job::Anchor, stride});
}

void ContactListLoader::request(const Request &request)
{
    if (m_watcher.isRunning()) {
        m_pending = request;
        interruptRunning();
        return;
    }
    run(request);
}

// Everyone is counted once for the window's total, which stays whatever the list shows next.
bool ContactListLoader::countsEveryone(const Request &request)
{
    return request.job == Job::Count && request.query.search.trimmed().isEmpty() &&
           !request.query.hasFilters();
}

void ContactListLoader::cancel()
{
    if (m_pending && !countsEveryone(*m_pending))
        m_pending.reset();
    interruptRunning();
}

void ContactListLoader::interruptRunning()
{
    if (!m_running || countsEveryone(*m_running))
        return;
    m_stopped = true;
    const QMutexLocker locker(&m_worker->lock);
    if (m_worker->interrupt)
        m_worker->interrupt();
}

void ContactListLoader::run(const Request &request)
{
    m_running = request;
    m_watcher.setFuture(QtConcurrent::run(
        &m_thread, [worker = m_worker, path = m_path, options = m_options, request]() -> Result {
            try {
                if (!worker->db) {
                    worker->db = std::make_unique<Database>(path, options);
                    const QMutexLocker locker(&worker->lock);
                    worker->interrupt = worker->db->interrupter();
                }
                Result result{request.ticket, request.job, 0, {}, {}, {}};
                if (request.job == Job::Count) {
                    result.count = ContactRepository(*worker->db).count(request.query);
                } else if (request.job == Job::Order) {
                    result.ids = ContactListRepository(*worker->db).orderedIds(request.query);
                    result.count = result.ids.size();
                } else {
                    result.anchors = ContactRepository(*worker->db)
                                         .readingAnchors(request.query, request.stride);
                }
                return result;
            } catch (const StorageError &error) {
                return {request.ticket, request.job, 0, {}, {}, error.message()};
            }
        }));
}

void ContactListLoader::finish()
{
    m_running.reset();
    const bool stopped = std::exchange(m_stopped, false);
    const Result result = m_watcher.result();
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        run(next);
        // A job stopped for the newer request ends with an error nobody needs to see; one
        // that finished is still news to whoever keeps it (the total of everyone).
        if (result.error.isEmpty())
            report(result);
        return;
    }
    if (result.error.isEmpty())
        report(result);
    else if (!stopped)
        emit failed(result.ticket, result.error);
}

void ContactListLoader::report(const Result &result)
{
    switch (result.job) {
    case Job::Count:
        emit counted(result.ticket, result.count);
        break;
    case Job::Order:
        emit ordered(result.ticket, result.ids);
        break;
    case Job::Anchor:
        emit anchored(result.ticket, result.anchors);
        break;
    }
}

} // namespace kizuna
