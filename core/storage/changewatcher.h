#pragma once

#include "database.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>

class QTimer;

namespace kizuna {

/// Tells when someone else changed the database, so a window can show their work without
/// being asked to refresh. On a server it listens for NOTIFY kizuna_changed, which the
/// triggers of schema version 8 send from every statement that writes a watched table; a
/// file has no notifications and is polled: PRAGMA data_version moves when another connection
/// committed. This connection's own writes never count.
///
/// Notifications and polls arrive through the event loop of the thread that owns the
/// Database; nothing arrives while that thread is busy. The Database must outlive the watcher.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    /// How often a file is polled while active, in milliseconds.
    static constexpr int kPollIntervalMs = 2000;
    /// The channel the server's triggers notify; the payload is the changed table's name.
    static QString channel();

    /// Starts watching `db` at once. Throws StorageError when the server refuses to listen.
    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    /// A file is polled only while active (the application is in front): nobody is looking
    /// otherwise. Becoming active looks at once, so what changed meanwhile shows without
    /// waiting. A server's notifications come either way.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setPollInterval(int ms);

    /// Listens again on the Database's current connection, whose server session knows nothing
    /// of the old LISTEN: done by itself after Database::reconnect(). Throws StorageError
    /// when the server refuses.
    void resubscribe();
    /// The caller is about to read everything again itself (after its own import on another
    /// connection of this program): what others committed until now is not news. Call it
    /// before reading, so what commits in between is told. Never throws.
    void catchUp();

signals:
    /// Someone else committed a change; emitted once for each notification or poll that saw
    /// one, so a caller that reads much on it waits a moment for more.
    void changedElsewhere();

private:
    void subscribe();
    void poll();
    void notified(const QString &name, QSqlDriver::NotificationSource source,
                  const QString &payload);

    /// What a server's snapshot says was committed when the caller last caught up:
    /// pg_current_snapshot() as xmin, xmax and the transactions then in progress.
    struct Seen
    {
        qint64 before = 0;
        qint64 upTo = 0;
        QList<qint64> inProgress;
        bool includes(qint64 transaction) const;
    };

    Database &m_db;
    QTimer *m_poll = nullptr;
    QPointer<QSqlDriver> m_driver;
    qint64 m_dataVersion = 0;
    Seen m_seen;
    bool m_active = true;
    int m_reconnectListener = 0;
};

} // namespace kizuna
