#pragma once

#include "sessionrequest.h"

#include <QObject>

class QMenu;
class QWidget;

namespace kizuna {

class Database;

/// The File menu's database actions: New and Open database, Open Recent (files and
/// servers), Connect to Team Server, Back up now, Restore from backup. Backing up runs on the
/// open database; the others need it closed, so they record a SessionRequest and ask the
/// window to close (sessionEnding), and the application opens what was asked for.
class DatabaseMenu final : public QObject
{
    Q_OBJECT

public:
    /// `window` parents the dialogs; `db` must outlive this object.
    DatabaseMenu(QWidget *window, Database &db, const QString &databasePath);

    /// Adds the actions to `menu`.
    void addTo(QMenu *menu);
    SessionRequest request() const { return m_request; }

    void newDatabase();
    void openDatabase();
    /// Asks for a server's address (ServerConnectDialog) and switches to it.
    void connectToServer();
    /// Switches to a database of the Open Recent menu: a file that is gone is said so and
    /// dropped from the list rather than created anew empty.
    void openRecent(const QString &location);
    /// Returns the backup written, empty when it failed (the user was told why).
    QString backUpNow();
    void restoreFromBackup();

signals:
    /// The user asked for another database or a restore: close the window.
    void sessionEnding();
    void message(const QString &text);

private:
    void switchTo(const SessionRequest &request);
    void fillRecent(QMenu *recent);

    QWidget *m_window;
    Database &m_db;
    QString m_path;
    SessionRequest m_request;
};

} // namespace kizuna
