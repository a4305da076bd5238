#pragma once

#include "import/contactimporter.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace kizuna {

/// Runs one ContactImporter import (or dry run) at a time on a worker thread, over the
/// worker's own connection to the database file: a Database belongs to the thread that
/// opened it, and the window keeps painting while a large file is read.
///
/// Progress comes as signals on the runner's thread; cancelling is asked for and happens at
/// the importer's next progress check, after which the importer has rolled everything back.
class ImportRunner final : public QObject
{
    Q_OBJECT

public:
    /// Imports over its own connection to `db`'s database, opened with the same options (a
    /// typed password included).
    explicit ImportRunner(const Database &db, QObject *parent = nullptr);
    /// Cancels a run still going and waits for it, without signalling.
    ~ImportRunner() override;

    /// Starts importing `file`; stops a run still going first. `options.progress` is the
    /// runner's own. A reject file left with no rows is removed.
    void start(const QString &file, ImportOptions options);
    /// Asks the run to stop; finished() (cancelled) or failed() follows.
    void cancel();
    /// Cancels a run still going, waits for it and signals its outcome before returning.
    void stop();
    /// A run was started and its outcome not yet signalled.
    bool isBusy() const { return m_delivered != m_generation; }

signals:
    void progressed(qint64 rows, qint64 bytes, qint64 totalBytes);
    void finished(const kizuna::ImportSummary &summary);
    /// The file could not be read or the database not written; nothing was stored.
    void failed(const QString &message);

private:
    struct Outcome
    {
        quint64 generation = 0;
        ImportSummary summary;
        QString error;
    };

    void deliver();

    QString m_databasePath;
    Database::Options m_options;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    quint64 m_delivered = 0;
};

} // namespace kizuna
