#include "contactcountloader.h"

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
struct ContactCountLoader::Worker
{
    std::unique_ptr<Database> db;
    QMutex lock; // guards interrupt, which the GUI thread calls
    std::function<void()> interrupt;
};

ContactCountLoader::ContactCountLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_worker(std::make_shared<Worker>())
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // the same thread for the connection's whole life
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ContactCountLoader::finish);
}

ContactCountLoader::~ContactCountLoader()
{
    m_pending.reset();
    m_watcher.waitForFinished();
    QtConcurrent::run(&m_thread, [worker = std::move(m_worker)] {
        worker->db.reset();
    }).waitForFinished();
    m_thread.waitForDone();
}

void ContactCountLoader::count(const ContactListQuery &query, quint64 ticket)
{
    const Request request{query, ticket};
    if (m_watcher.isRunning()) {
        m_pending = request;
        interruptRunning();
        return;
    }
    run(request);
}

namespace {

// Everyone is counted once for the window's total, which stays whatever the list shows next.
bool countsEveryone(const ContactListQuery &query)
{
    return query.search.trimmed().isEmpty() && !query.hasFilters();
}

} // namespace

void ContactCountLoader::cancel()
{
    if (m_pending && !countsEveryone(m_pending->query))
        m_pending.reset();
    interruptRunning();
}

void ContactCountLoader::interruptRunning()
{
    if (!m_running || countsEveryone(m_running->query))
        return;
    m_stopped = true;
    const QMutexLocker locker(&m_worker->lock);
    if (m_worker->interrupt)
        m_worker->interrupt();
}

void ContactCountLoader::run(const Request &request)
{
    m_running = request;
    m_watcher.setFuture(
        QtConcurrent::run(&m_thread, [worker = m_worker, path = m_path, request]() -> Result {
            try {
                if (!worker->db) {
                    worker->db = std::make_unique<Database>(path);
                    const QMutexLocker locker(&worker->lock);
                    worker->interrupt = worker->db->interrupter();
                }
                return {request.ticket, ContactRepository(*worker->db).count(request.query), {}};
            } catch (const StorageError &error) {
                return {request.ticket, 0, error.message()};
            }
        }));
}

void ContactCountLoader::finish()
{
    m_running.reset();
    const bool stopped = std::exchange(m_stopped, false);
    const Result result = m_watcher.result();
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        run(next);
        // A count stopped for the newer request ends with an error nobody needs to see; one
        // that finished is still news to whoever keeps it (the total of everyone).
        if (result.error.isEmpty())
            emit counted(result.ticket, result.count);
        return;
    }
    if (result.error.isEmpty())
        emit counted(result.ticket, result.count);
    else if (!stopped)
        emit failed(result.ticket, result.error);
}

} // namespace kizuna
