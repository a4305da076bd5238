#include "importrunner.h"

#include "contacts/contactservice.h"
#include "io/fileerror.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "text/mecabreadingguesser.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace kizuna {

ImportRunner::ImportRunner(const Database &db, QObject *parent)
    : QObject(parent)
    , m_databasePath(db.path())
    , m_options(db.options())
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportRunner::deliver);
}

ImportRunner::~ImportRunner()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void ImportRunner::start(const QString &file, ImportOptions options)
{
    stop();
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    options.progress = [this, generation, cancel = m_cancel](qint64 rows, qint64 bytes,
                                                             qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, rows, bytes, total] {
                if (generation == m_generation && isBusy())
                    emit progressed(rows, bytes, total);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    m_watcher.setFuture(QtConcurrent::run(
        &m_pool,
        [path = m_databasePath, databaseOptions = m_options, file, options,
         generation]() -> Outcome {
            try {
                // Opened, used and closed on this thread; readings are guessed here as the
                // window's service would (MeCab is one instance per thread).
                Database db(path, databaseOptions);
                const MecabReadingGuesser guesser;
                ContactService service(db, guesser.isAvailable() ? &guesser : nullptr);
                ContactImporter importer(db, service);
                const ImportSummary summary = importer.importFile(file, options);
                if (summary.rejected == 0 && !options.rejectFile.isEmpty())
                    QFile::remove(options.rejectFile);
                return {generation, summary, {}};
            } catch (const FileError &error) {
                return {generation, {}, error.message()};
            } catch (const StorageError &error) {
                return {generation, {}, error.message()};
            } catch (const ValidationError &error) {
                return {generation, {}, error.message()};
            } catch (const std::exception &error) {
                return {generation, {}, QString::fromUtf8(error.what())};
            }
        }));
}

void ImportRunner::cancel()
{
    m_cancel->store(true);
}

void ImportRunner::stop()
{
    if (!isBusy())
        return;
    cancel();
    m_watcher.waitForFinished();
    deliver();
}

void ImportRunner::deliver()
{
    // The watcher may still announce a run that stop() already delivered.
    if (!isBusy() || !m_watcher.isFinished())
        return;
    const Outcome outcome = m_watcher.result();
    if (outcome.generation != m_generation)
        return;
    m_delivered = m_generation;
    if (outcome.error.isEmpty())
        emit finished(outcome.summary);
    else
        emit failed(outcome.error);
}

} // namespace kizuna
