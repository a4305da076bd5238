#pragma once

#include "domain/funnel.h"
#include "storage/database.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace kizuna {

/// Computes a funnel on a worker thread over its own connection to the database file, so
/// the window keeps painting while a large history is counted. A request made while one runs
/// waits and replaces any other waiting one: only the latest filter is worth computing.
///
/// The worker is one long-lived thread that keeps its connection and its FunnelStatistics,
/// so the history read for the first funnel serves every later period and source until the
/// database changes.
class FunnelLoader final : public QObject
{
    Q_OBJECT

public:
    /// Opens its own connection to `db`'s database, with the same options (a typed password
    /// included); `db` is only read here.
    explicit FunnelLoader(const Database &db, QObject *parent = nullptr);
    ~FunnelLoader() override;

    void load(const FunnelFilter &filter, const QDate &today);
    bool isBusy() const { return m_watcher.isRunning() || m_pending.has_value(); }

signals:
    void started();
    /// The funnel and the names of every source (for the source filter), both read on the
    /// worker: counting contacts per source is slow on a large database too.
    void loaded(const kizuna::Funnel &funnel, const QStringList &sourceNames);
    void failed(const QString &message);

private:
    struct Request
    {
        FunnelFilter filter;
        QDate today;
    };
    struct Result
    {
        Funnel funnel;
        QStringList sourceNames;
        QString error;
    };

    void run(const Request &request);
    void finish();

    struct Worker;

    QString m_path;
    Database::Options m_options;
    QThreadPool m_thread;
    std::shared_ptr<Worker> m_worker; // used on m_thread only
    QFutureWatcher<Result> m_watcher;
    std::optional<Request> m_pending;
};

} // namespace kizuna
