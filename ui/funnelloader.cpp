#include "funnelloader.h"

#include "funnel/funnelstatistics.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/storageerror.h"

#include <QtConcurrent/QtConcurrentRun>

namespace kizuna {

FunnelLoader::FunnelLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &FunnelLoader::finish);
}

FunnelLoader::~FunnelLoader()
{
    // The worker holds its own connection; it must close before the window goes away.
    m_pending.reset();
    m_watcher.waitForFinished();
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
    m_watcher.setFuture(QtConcurrent::run([path = m_path, request]() -> Result {
        try {
            // A Database belongs to the thread that opened it: this one opens its own.
            const Database db(path);
            QStringList names;
            for (const Source &s : SourceRepository(db).list())
                names.append(s.name);
            return {FunnelStatistics(db, request.today).compute(request.filter), names, {}};
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
