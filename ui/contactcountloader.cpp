#include "contactcountloader.h"

#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QtConcurrent/QtConcurrentRun>

namespace kizuna {

// A Database belongs to the thread that opened it: the worker's is opened, used and closed
// on the pool's one thread.
struct ContactCountLoader::Worker
{
    std::unique_ptr<Database> db;
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
        return;
    }
    run(request);
}

void ContactCountLoader::run(const Request &request)
{
    m_watcher.setFuture(
        QtConcurrent::run(&m_thread, [worker = m_worker, path = m_path, request]() -> Result {
            try {
                if (!worker->db)
                    worker->db = std::make_unique<Database>(path);
                return {request.ticket, ContactRepository(*worker->db).count(request.query), {}};
            } catch (const StorageError &error) {
                return {request.ticket, 0, error.message()};
            }
        }));
}

void ContactCountLoader::finish()
{
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        run(next);
        return;
    }
    const Result result = m_watcher.result();
    if (result.error.isEmpty())
        emit counted(result.ticket, result.count);
    else
        emit failed(result.ticket, result.error);
}

} // namespace kizuna
