#include "databaseopener.h"

#include "restorebackupdialog.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QMessageBox>

#include <cstdio>

namespace kizuna {

bool DatabaseOpener::interactive()
{
    // A modal box would wait forever for a click that cannot come without a screen.
    const QString platform = QGuiApplication::platformName();
    return platform != QStringLiteral("offscreen") && platform != QStringLiteral("minimal");
}

void DatabaseOpener::reportFatal(const QString &message)
{
    std::fprintf(stderr, "kizuna: %s\n", qPrintable(message));
    if (interactive())
        QMessageBox::critical(nullptr, QStringLiteral("Kizuna"), message);
}

bool DatabaseOpener::restore(const QString &path, const QString &backup)
{
    try {
        const QString aside = BackupService::restore(path, backup);
        if (!aside.isEmpty())
            std::fprintf(stderr, "kizuna: %s\n",
                         qPrintable(tr("restored %1; the previous file is kept as %2")
                                        .arg(QDir::toNativeSeparators(backup),
                                             QDir::toNativeSeparators(aside))));
        return true;
    } catch (const StorageError &error) {
        reportFatal(tr("The backup could not be restored; the database is as it was.\n\n%1")
                        .arg(error.message()));
        return false;
    }
}

std::unique_ptr<Database> DatabaseOpener::open(const QString &path)
{
    for (;;) {
        try {
            return std::make_unique<Database>(path);
        } catch (const StorageError &error) {
            const bool damaged = error.kind() == StorageError::Kind::Corrupt ||
                                 error.kind() == StorageError::Kind::NotADatabase;
            if (!damaged || BackupService::list(path).isEmpty() || !interactive()) {
                reportFatal(damaged ? error.message() + QStringLiteral("\n\n") +
                                          BackupService::restoreAdvice(path)
                                    : error.message());
                return nullptr;
            }
            std::fprintf(stderr, "kizuna: %s\n", qPrintable(error.message()));
            RestoreBackupDialog dialog(
                path, tr("%1\n\nThe file was left as it is. You can restore one of its backups.")
                          .arg(error.message()));
            if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
                return nullptr;
            if (!restore(path, dialog.selectedBackup()))
                return nullptr;
        }
    }
}

} // namespace kizuna
