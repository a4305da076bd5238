#pragma once

#include "storage/importbatchrepository.h"

#include <QList>

namespace kizuna {

class ContactService;
class Database;

/// The imports done so far, and undoing one: the database goes back to exactly what it was
/// before that batch, merges included.
class ImportHistory final
{
public:
    ImportHistory(Database &db, ContactService &contacts);

    QList<ImportBatch> list() const;
    /// Throws StorageError when the batch does not exist, was undone already, lost its undo
    /// data to an erasure, or when its contacts changed since (then nothing is undone).
    void undo(qint64 batchId);

private:
    Database &m_db;
    ContactService &m_contacts;
};

} // namespace kizuna
