#include "changewatcher.h"

#include "storageerror.h"

#include <QSqlError>
#include <QTimer>

namespace kizuna {

QString ChangeWatcher::channel()
{
    return QStringLiteral("kizuna_changed");
}

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_reconnectListener = m_db.addReconnectListener([this] {
        try {
            resubscribe();
        } catch (const StorageError &) {
            // The window's next save or refresh reports the server; a change then goes
            // unannounced until the user refreshes, as before the watcher.
        }
    });
    if (m_db.isServer()) {
        subscribe();
        return;
    }
    m_dataVersion = m_db.changeStamp().otherConnections;
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_poll->start();
}

ChangeWatcher::~ChangeWatcher()
{
    m_db.removeReconnectListener(m_reconnectListener);
    // The connection stays open after the watcher: it should not keep receiving for nobody.
    if (m_driver && m_driver->isOpen())
        m_driver->unsubscribeFromNotification(channel());
}

void ChangeWatcher::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (!m_poll)
        return;
    if (!active) {
        m_poll->stop();
        return;
    }
    poll();
    m_poll->start();
}

void ChangeWatcher::setPollInterval(int ms)
{
    if (m_poll)
        m_poll->setInterval(ms);
}

void ChangeWatcher::resubscribe()
{
    if (m_db.isServer())
        subscribe();
    else
        catchUp();
}

void ChangeWatcher::catchUp()
{
    QStringList parts;
    try {
        if (!m_db.isServer()) {
            m_dataVersion = m_db.changeStamp().otherConnections;
            return;
        }
        // "xmin:xmax:xip,…": every transaction below xmin ended, those from xmax on had not
        // begun.
        parts = m_db.scalar(QStringLiteral("SELECT pg_current_snapshot()::text"))
                    .toString()
                    .split(u':');
    } catch (const StorageError &) {
        // The reading the caller does next meets the same failure and reports it; here it
        // costs no more than a change told twice.
        return;
    }
    if (parts.size() != 3)
        return;
    m_seen.before = parts.at(0).toLongLong();
    m_seen.upTo = parts.at(1).toLongLong();
    m_seen.inProgress.clear();
    for (const QString &id : parts.at(2).split(u',', Qt::SkipEmptyParts))
        m_seen.inProgress.append(id.toLongLong());
}

bool ChangeWatcher::Seen::includes(qint64 transaction) const
{
    return transaction < before || (transaction < upTo && !inProgress.contains(transaction));
}

void ChangeWatcher::subscribe()
{
    if (m_driver)
        disconnect(m_driver, nullptr, this, nullptr);
    QSqlDriver *driver = m_db.connection().driver();
    // The driver keeps the names it listens to: subscribing again on the same connection
    // still sends LISTEN, which a new server session needs.
    if (!driver->subscribeToNotification(channel()))
        m_db.fail(driver->lastError(), QStringLiteral("LISTEN ") + channel());
    m_driver = driver;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) { notified(name, source, payload.toString()); });
}

void ChangeWatcher::notified(const QString &name, QSqlDriver::NotificationSource source,
                             const QString &payload)
{
    // This connection's own commits notify it too; the window already shows those.
    if (name != channel() || source == QSqlDriver::SelfSource)
        return;
    // "TABLE TRANSACTION": a transaction committed before the caller caught up was read.
    bool known = false;
    const qint64 transaction = payload.section(u' ', 1, 1).toLongLong(&known);
    if (known && m_seen.includes(transaction))
        return;
    emit changedElsewhere();
}

void ChangeWatcher::poll()
{
    qint64 version = 0;
    try {
        version = m_db.changeStamp().otherConnections;
    } catch (const StorageError &) {
        // A file busy with another program's write: the next poll sees its commit.
        return;
    }
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    emit changedElsewhere();
}

} // namespace kizuna
