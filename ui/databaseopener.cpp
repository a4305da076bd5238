#include "databaseopener.h"

#include "databaselabel.h"
#include "passworddialog.h"
#include "restorebackupdialog.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
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

DatabaseOpener::DatabaseOpener(bool mayAsk)
    : m_mayAsk(mayAsk)
{}

std::optional<QString> DatabaseOpener::askPassword(const QString &path, bool refused) const
{
    PasswordDialog dialog(databaseLabel(path),
                          refused ? tr("The server refused that password; type it again.")
                                  : QString());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

std::unique_ptr<Database> DatabaseOpener::open(const QString &path)
{
    Database::Options options;
    options.password = m_passwords.value(path);
    bool typed = !options.password.isEmpty();
    for (;;) {
        try {
            auto database = std::make_unique<Database>(path, options);
            if (!options.password.isEmpty())
                m_passwords.insert(path, options.password);
            return database;
        } catch (const StorageError &error) {
            if (error.kind() == StorageError::Kind::Authentication && m_mayAsk) {
                std::fprintf(stderr, "kizuna: %s\n", qPrintable(error.message()));
                m_passwords.remove(path);
                const std::optional<QString> password = askPassword(path, typed);
                if (!password)
                    return nullptr;
                options.password = *password;
                typed = true;
                continue;
            }
            const bool damaged = error.kind() == StorageError::Kind::Corrupt ||
                                 error.kind() == StorageError::Kind::NotADatabase;
            if (!damaged || ServerAddress::isServer(path) || BackupService::list(path).isEmpty() ||
                !m_mayAsk) {
                reportFatal(damaged && !ServerAddress::isServer(path)
                                ? error.message() + QStringLiteral("\n\n") +
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
