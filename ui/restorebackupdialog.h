#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace kizuna {

/// Lists the backups of a database file, newest first, and lets the user pick the one to
/// restore. Works without the database open, so a damaged file's backups can be offered.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `why` is shown above the list: the damage found, or empty when the user asked.
    RestoreBackupDialog(const QString &databasePath, const QString &why, QWidget *parent = nullptr);

    /// The backup chosen; empty when there is none to choose.
    QString selectedBackup() const;
    /// True when the database has at least one backup.
    bool hasBackups() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kizuna
