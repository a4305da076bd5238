#include "databasemenu.h"

#include "databaselabel.h"
#include "recentdatabases.h"
#include "restorebackupdialog.h"
#include "serverconnectdialog.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/storageerror.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace kizuna {

namespace {
QString fileFilter()
{
    return DatabaseMenu::tr("Kizuna databases (*.sqlite *.db);;All files (*)");
}
} // namespace

DatabaseMenu::DatabaseMenu(QWidget *window, Database &db, const QString &databasePath)
    : QObject(window)
    , m_window(window)
    , m_db(db)
    , m_path(databasePath)
{}

void DatabaseMenu::addTo(QMenu *menu)
{
    QAction *create = menu->addAction(tr("&New Database…"), this, &DatabaseMenu::newDatabase);
    create->setShortcut(QKeySequence::New);
    QAction *open = menu->addAction(tr("&Open Database…"), this, &DatabaseMenu::openDatabase);
    open->setShortcut(QKeySequence::Open);
    QMenu *recent = menu->addMenu(tr("Open Recen&t"));
    recent->setObjectName(QStringLiteral("recentDatabases"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecent(recent); });
    fillRecent(recent);
    menu->addAction(tr("&Connect to Team Server…"), this, &DatabaseMenu::connectToServer);
    menu->addSeparator();
    QAction *backUp = menu->addAction(tr("&Back Up Now"), this, &DatabaseMenu::backUpNow);
    backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    menu->addAction(tr("&Restore from Backup…"), this, &DatabaseMenu::restoreFromBackup);
}

void DatabaseMenu::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New database"),
                                                QFileInfo(m_path).absolutePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Opening is what a user who picked an existing file means; overwriting is never.
        QMessageBox::information(
            m_window, tr("New database"),
            tr("%1 exists already; it is opened as it is.").arg(QDir::toNativeSeparators(path)));
    }
    switchTo({SessionRequest::Kind::Open, path, {}});
}

void DatabaseMenu::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open database"), QFileInfo(m_path).absolutePath(), fileFilter());
    if (!path.isEmpty())
        switchTo({SessionRequest::Kind::Open, path, {}});
}

void DatabaseMenu::connectToServer()
{
    ServerConnectDialog dialog(m_window);
    dialog.setAddress(m_path);
    if (dialog.exec() == QDialog::Accepted && !dialog.address().isEmpty())
        switchTo({SessionRequest::Kind::Open, dialog.address(), {}});
}

void DatabaseMenu::openRecent(const QString &location)
{
    if (!ServerAddress::isServer(location) && !QFileInfo::exists(location)) {
        RecentDatabases::forget(location);
        QMessageBox::warning(m_window, tr("Open recent"),
                             tr("%1 is no longer there; it was taken off the list.")
                                 .arg(QDir::toNativeSeparators(location)));
        return;
    }
    switchTo({SessionRequest::Kind::Open, location, {}});
}

void DatabaseMenu::fillRecent(QMenu *recent)
{
    recent->clear();
    const QStringList locations = RecentDatabases::list();
    for (const QString &location : locations) {
        if (location == m_path)
            continue;
        QAction *action = recent->addAction(databaseLabel(location), this,
                                            [this, location] { openRecent(location); });
        action->setData(location);
    }
    recent->setEnabled(!recent->isEmpty());
}

QString DatabaseMenu::backUpNow()
{
    try {
        const QString file = BackupService(m_db).backUpNow();
        emit message(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)));
        return file;
    } catch (const StorageError &error) {
        QMessageBox::warning(m_window, tr("Back up now"),
                             tr("The backup could not be written; the database is as it "
                                "was.\n\n%1")
                                 .arg(error.message()));
        return {};
    }
}

void DatabaseMenu::restoreFromBackup()
{
    RestoreBackupDialog dialog(m_path, QString(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    switchTo({SessionRequest::Kind::Restore, m_path, dialog.selectedBackup()});
}

void DatabaseMenu::switchTo(const SessionRequest &request)
{
    m_request = request;
    emit sessionEnding();
}

} // namespace kizuna
