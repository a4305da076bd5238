#include "importhistory.h"

#include "contacts/contactservice.h"
#include "storage/changerecorder.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace kizuna {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportHistory", text);
}
} // namespace

ImportHistory::ImportHistory(Database &db, ContactService &contacts)
    : m_db(db)
    , m_contacts(contacts)
{}

QList<ImportBatch> ImportHistory::list() const
{
    return ImportBatchRepository(m_db).list();
}

void ImportHistory::undo(qint64 batchId)
{
    ImportBatchRepository batches(m_db);
    const auto batch = batches.find(batchId);
    if (!batch)
        throw StorageError(StorageError::Kind::NotFound, m_db.path(),
                           tr("no import with id %1").arg(batchId));
    if (batch->undoneAt.isValid())
        throw StorageError(StorageError::Kind::Generic, m_db.path(),
                           tr("import %1 was undone already").arg(batchId));
    if (!batch->undoable)
        throw StorageError(StorageError::Kind::Generic, m_db.path(),
                           tr("import %1 cannot be undone: a person it brought in was erased, "
                              "and their data went with the undo record")
                               .arg(batchId));

    ContactRepository &contacts = m_contacts.repository();
    Transaction transaction(m_db);
    const QByteArray changeset = batches.changeset(batchId);
    const QList<qint64> touched = ChangeRecorder::rowIds(changeset, QStringLiteral("contacts"));
    // The search index is not part of the changeset: note each contact's entry now, while
    // the rows still say where it is, and rebuild the entries after the rows are restored.
    QList<qint64> searchRows;
    for (const qint64 id : touched)
        searchRows.append(contacts.searchRowidOf(id));
    ChangeRecorder::revert(m_db, changeset);
    for (const qint64 rowid : std::as_const(searchRows)) {
        if (rowid != 0)
            contacts.dropSearchRow(rowid);
    }
    for (const qint64 id : touched) {
        if (contacts.find(id))
            contacts.refreshDerived(id);
    }
    batches.markUndone(batchId);
    transaction.commit();
}

} // namespace kizuna
