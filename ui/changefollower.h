#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace kizuna {

class ChangeWatcher;
class Database;

/// Follows other members' changes for a window: the database's ChangeWatcher, polling a file
/// only while the application is in front, and a short delay that gathers a burst of
/// notifications (an import elsewhere commits several tables, another member types fast)
/// into one refresh.
class ChangeFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFollower)

public:
    /// How long after the last change the refresh comes, in milliseconds.
    static constexpr int kDelayMs = 500;

    /// `db` must outlive the follower. When the server refuses to listen the follower does
    /// nothing, and problem() says why.
    explicit ChangeFollower(Database &db, QObject *parent = nullptr);
    ~ChangeFollower() override;

    /// Null when following could not start.
    ChangeWatcher *watcher() const { return m_watcher; }
    /// Why others' changes are not followed (the server's reason), or empty.
    QString problem() const { return m_problem; }

signals:
    /// Someone else changed the database and the burst is over: read again.
    void refreshDue();

private:
    ChangeWatcher *m_watcher = nullptr;
    QTimer *m_delay = nullptr;
    QString m_problem;
};

} // namespace kizuna
