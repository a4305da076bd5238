#pragma once

#include "storage/contactlistquery.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace kizuna {

/// Counts the matches of a contact list query on a worker thread over its own connection to
/// the database file. A one-letter search matches a third of a million cards, and counting
/// them takes longer than a keystroke may: the list shows its first page at once and learns
/// its length from here. Only the latest request is worth answering: one made while another
/// runs waits, replacing any other that waits, and stops a running count of a search or
/// filter (it is stale); a count of everyone runs on, since the window keeps it.
class ContactCountLoader final : public QObject
{
    Q_OBJECT

public:
    explicit ContactCountLoader(const QString &databasePath, QObject *parent = nullptr);
    ~ContactCountLoader() override;

    /// Counts `query`'s matches; `ticket` comes back with the answer.
    void count(const ContactListQuery &query, quint64 ticket);
    /// Drops a waiting request and stops a running count of a search or filter: the list
    /// moved on to something it counted itself, and a count left running would only slow
    /// the window's own reads.
    void cancel();

signals:
    void counted(quint64 ticket, qint64 count);
    void failed(quint64 ticket, const QString &message);

private:
    struct Request
    {
        ContactListQuery query;
        quint64 ticket = 0;
    };
    struct Result
    {
        quint64 ticket = 0;
        qint64 count = 0;
        QString error;
    };
    struct Worker;

    void run(const Request &request);
    void finish();
    void interruptRunning();

    QString m_path;
    QThreadPool m_thread;
    std::shared_ptr<Worker> m_worker; // used on m_thread only
    QFutureWatcher<Result> m_watcher;
    std::optional<Request> m_pending;
    std::optional<Request> m_running;
    bool m_stopped = false; ///< the running count was interrupted: its error is no failure
};

} // namespace kizuna
