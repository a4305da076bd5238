#include "restorebackupdialog.h"

#include "storage/backupservice.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kizuna {

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, const QString &why,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Restore from backup"));
    auto *layout = new QVBoxLayout(this);
    if (!why.isEmpty()) {
        auto *problem = new QLabel(why, this);
        problem->setWordWrap(true);
        problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(problem);
    }
    auto *explanation = new QLabel(
        tr("Choose the backup to go back to. The current file is not deleted: it is kept "
           "beside it as %1.before-restore-… in case you need it again.")
            .arg(QDir::toNativeSeparators(databasePath)),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backups"));
    const QLocale locale;
    const QList<BackupFile> backups = BackupService::list(databasePath);
    for (auto it = backups.crbegin(); it != backups.crend(); ++it) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(locale.toString(it->takenAt.toLocalTime(), QLocale::LongFormat),
                              locale.formattedDataSize(it->bytes)),
            m_list);
        item->setData(Qt::UserRole, it->path);
        item->setToolTip(QDir::toNativeSeparators(it->path));
    }
    if (backups.isEmpty()) {
        auto *none = new QListWidgetItem(tr("There is no backup of this database yet."), m_list);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_list->setCurrentRow(0);
    }
    layout->addWidget(m_list);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!backups.isEmpty());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this, restore] {
        if (restore->isEnabled())
            accept();
    });
    layout->addWidget(m_buttons);
    resize(560, 360);
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool RestoreBackupDialog::hasBackups() const
{
    return m_list->count() > 0 && m_list->item(0)->flags() != Qt::NoItemFlags;
}

} // namespace kizuna
