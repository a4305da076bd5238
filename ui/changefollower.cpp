#include "changefollower.h"

#include "storage/changewatcher.h"
#include "storage/storageerror.h"

#include <QGuiApplication>
#include <QTimer>

namespace kizuna {

ChangeFollower::ChangeFollower(Database &db, QObject *parent)
    : QObject(parent)
{
    try {
        m_watcher = new ChangeWatcher(db, this);
    } catch (const StorageError &error) {
        m_problem = error.message();
        return;
    }
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kDelayMs);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &ChangeFollower::refreshDue);
    // Nobody looks at a window in the background; coming to the front catches up at once.
    // Until the first change of state the watcher stays on: the window is about to show.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, m_watcher,
                [this](Qt::ApplicationState state) {
                    m_watcher->setActive(state == Qt::ApplicationActive);
                });
    }
}

ChangeFollower::~ChangeFollower() = default;

} // namespace kizuna
