#pragma once

#include "storage/contactlistquery.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace kizuna {

/// Counts or orders the matches of a contact list query on a worker thread over its own
/// connection to the database file. A one-letter search matches a third of a million cards,
/// and counting them takes longer than a keystroke may: the list shows its first page at
/// once and learns its length from here. Ordering a million by score takes seconds: the list
/// shows them in reading order meanwhile. Only the latest request is worth answering: one
/// made while another runs waits, replacing any other that waits, and stops whatever runs
/// (it is stale), except a count of everyone, which runs on since the window keeps it.
class ContactListLoader final : public QObject
{
    Q_OBJECT

public:
    /// Opens its own connection to `db`'s database, with the same options (a typed password
    /// included); `db` is only read here.
    explicit ContactListLoader(const Database &db, QObject *parent = nullptr);
    ~ContactListLoader() override;

    /// Counts `query`'s matches; `ticket` comes back with the answer.
    void count(const ContactListQuery &query, quint64 ticket);
    /// Orders `query`'s matches by its sort (ContactService::orderedIds).
    void order(const ContactListQuery &query, quint64 ticket);
    /// Finds cursors every `stride` rows of `query`'s list in reading order
    /// (ContactService::readingAnchors), for jumps into the middle of a long list.
    void anchor(const ContactListQuery &query, int stride, quint64 ticket);
    /// Drops a waiting request and stops a running one, but for a count of everyone: the
    /// list moved on to something it read itself, and work left running would only slow
    /// the window's own reads.
    void cancel();

signals:
    void counted(quint64 ticket, qint64 count);
    void ordered(quint64 ticket, const QList<qint64> &ids);
    void anchored(quint64 ticket, const QList<ContactCursor> &anchors);
    void failed(quint64 ticket, const QString &message);

private:
    enum class Job
    {
        Count,
        Order,
        Anchor
    };
    struct Request
    {
        ContactListQuery query;
        quint64 ticket = 0;
        Job job = Job::Count;
        int stride = 0;
    };
    struct Result
    {
        quint64 ticket = 0;
        Job job = Job::Count;
        qint64 count = 0;
        QList<qint64> ids;
        QList<ContactCursor> anchors;
        QString error;
    };
    struct Worker;

    static bool countsEveryone(const Request &request);
    void request(const Request &request);
    void run(const Request &request);
    void finish();
    void report(const Result &result);
    void interruptRunning();

    QString m_path;
    Database::Options m_options;
    QThreadPool m_thread;
    std::shared_ptr<Worker> m_worker; // used on m_thread only
    QFutureWatcher<Result> m_watcher;
    std::optional<Request> m_pending;
    std::optional<Request> m_running;
    bool m_stopped = false; ///< the running job was interrupted: its error is no failure
};

} // namespace kizuna
