#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace kizuna {

class Database;

/// A value a contact had before something replaced it.
struct HistoryEntry
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    QDateTime changedAt;
    qint64 batchId = 0; ///< the import that replaced it; 0 for none
};

/// The history of replaced values (table contact_history), so no import overwrites silently.
class ContactHistoryRepository final
{
public:
    /// The field of the entry a duplicate merge leaves: old value the duplicate's name, new
    /// value its id.
    static inline const QString kMergedFrom = QStringLiteral("merged_from");

    explicit ContactHistoryRepository(const Database &db);

    void add(const HistoryEntry &entry);
    /// Oldest first.
    QList<HistoryEntry> forContact(qint64 contactId) const;

private:
    const Database &m_db;
};

} // namespace kizuna
