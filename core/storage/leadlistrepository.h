#pragma once

#include "domain/contact.h"
#include "domain/stage.h"

#include <QDate>
#include <QList>

namespace kizuna {

class Database;

/// The lists of people nurturing must not forget, read from live contacts in active stages
/// (every stage but lost).
class LeadListRepository final
{
public:
    explicit LeadListRepository(const Database &db);

    /// Dropped leads: no open follow-up at all. Hottest stage first, then the best score.
    QList<Contact> dropped(int limit) const;
    qint64 droppedCount() const;
    /// Details due for a check: confirmed before `confirmedBefore` (or never), or an e-mail
    /// bounced since they were. Bounced first, then the oldest, then the best scored.
    QList<Contact> review(const QDate &confirmedBefore, int limit) const;
    /// Warm and hot leads by score, best first.
    QList<Contact> salesReady(int limit) const;

private:
    QList<Contact> contacts(const QString &from, const QString &where, const QString &orderBy,
                            const QVariantList &values, int limit) const;
    /// Live contacts at `stage` meeting `condition`, best score first.
    QList<Contact> byStageAndScore(Stage stage, const QString &condition, int limit) const;

    const Database &m_db;
};

} // namespace kizuna
