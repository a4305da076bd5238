#include "funnelloader.h"

#include "funnel/funnelstatistics.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/storageerror.h"

#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace kizuna {

// A Database belongs to the thread that opened it: the worker's is opened, used and closed
// on the pool's one thread.
struct FunnelLoader::Worker
{
    std::unique_ptr<Database> db;
    std::unique_ptr<FunnelStatistics> statistics;
    QDate today;
};

FunnelLoader::FunnelLoader(const Database &db, QObject *parent)
    : QObject(parent)
    , m_path(db.path())
    , m_options(db.options())
    , m_worker(std::make_shared<Worker>())
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // the same thread for the connection's whole life
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &FunnelLoader::finish);
}

FunnelLoader::~FunnelLoader()
{
    // The worker holds its own connection; it must close, on its thread, before the window
    // goes away.
    m_pending.reset();
    m_watcher.waitForFinished();
    QtConcurrent::run(&m_thread, [worker = std::move(m_worker)]() mutable {
        worker->statistics.reset();
        worker->db.reset();
    }).waitForFinished();
    m_thread.waitForDone();
}

void FunnelLoader::load(const FunnelFilter &filter, const QDate &today)
{
    const Request request{filter, today};
    if (m_watcher.isRunning()) {
        m_pending = request;
        return;
    }
    emit started();
    run(request);
}

void FunnelLoader::run(const Request &request)
{
    m_watcher.setFuture(QtConcurrent::run(
        &m_thread, [worker = m_worker, path = m_path, options = m_options, request]() -> Result {
            try {
                if (!worker->db)
                    worker->db = std::make_unique<Database>(path, options);
                if (!worker->statistics || worker->today != request.today) {
                    worker->statistics =
                        std::make_unique<FunnelStatistics>(*worker->db, request.today);
                    worker->today = request.today;
                }
                QStringList names;
                for (const Source &s : SourceRepository(*worker->db).definitions())
                    names.append(s.name);
                return {worker->statistics->compute(request.filter), names, {}};
            } catch (const StorageError &error) {
                return {{}, {}, error.message()};
            } catch (const std::exception &error) {
                return {{}, {}, QString::fromUtf8(error.what())};
            }
        }));
}

void FunnelLoader::finish()
{
    if (m_pending) {
        const Request next = *m_pending;
        m_pending.reset();
        run(next);
        return;
    }
    const Result result = m_watcher.result();
    if (result.error.isEmpty())
        emit loaded(result.funnel, result.sourceNames);
    else
        emit failed(result.error);
}

} // namespace kizuna
