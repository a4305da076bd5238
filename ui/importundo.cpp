#include "importundo.h"

#include "contacts/contactservice.h"
#include "import/importhistory.h"
#include "storage/storageerror.h"

#include <QMessageBox>

namespace kizuna {

bool ImportUndo::askAndUndo(QWidget *parent, ContactService &service, qint64 batchId,
                            qint64 created, qint64 merged)
{
    const QString question =
        tr("Undo this import?") + QStringLiteral("\n\n") +
        tr("%n contact(s) it created will be removed.", nullptr, int(created)) + QLatin1Char(' ') +
        tr("%n contact(s) it merged into will go back to how they were.", nullptr, int(merged));
    if (QMessageBox::question(parent, tr("Undo import"), question) != QMessageBox::Yes)
        return false;
    try {
        ImportHistory(service.database(), service).undo(batchId);
    } catch (const StorageError &error) {
        QMessageBox::warning(parent, tr("Undo import"), error.message());
        return false;
    }
    return true;
}

} // namespace kizuna
