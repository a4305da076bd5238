#pragma once

#include <QList>
#include <QString>

namespace kizuna {

class ContactService;
class Database;

/// Contacts already stored that look like one person: they share an e-mail address, a
/// personal phone number, or name and company.
struct DuplicateGroup
{
    QString reason;           ///< "email", "phone" or "name"
    QString key;              ///< the shared value
    QList<qint64> contactIds; ///< oldest first: the one to keep by default
};

/// Finds look-alikes among the stored contacts and merges them: the kept contact takes the
/// other's missing values and tags (replaced values go to its history), and the other goes
/// to the trash, where it can still be restored.
class DuplicateFinder final
{
public:
    DuplicateFinder(Database &db, ContactService &contacts);

    QList<DuplicateGroup> find() const;
    /// Merges `otherId` into `keepId` in one transaction. Throws StorageError/ValidationError.
    void merge(qint64 keepId, qint64 otherId);

private:
    Database &m_db;
    ContactService &m_contacts;
};

} // namespace kizuna
