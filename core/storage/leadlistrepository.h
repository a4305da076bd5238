#pragma once

#include "domain/contact.h"
#include "domain/stage.h"
#include "ownercondition.h"

#include <QDate>
#include <QList>

namespace kizuna {

class Database;

/// The lists of people nurturing must not forget, read from live contacts in active stages
/// (every stage but lost), of every owner or of those `owner` keeps.
class LeadListRepository final
{
public:
    explicit LeadListRepository(const Database &db, const OwnerFilter &owner = {});

    /// Dropped leads: no open follow-up at all. Hottest stage first, then the best score.
    /// `offset` skips that many, for a list read page by page.
    QList<Contact> dropped(int limit, int offset = 0) const;
    qint64 droppedCount() const;
    /// Details due for a check: confirmed before `confirmedBefore` (or never), or an e-mail
    /// bounced since they were. Bounced first, then the oldest, then the best scored.
    QList<Contact> review(const QDate &confirmedBefore, int limit, int offset = 0) const;
    qint64 reviewCount(const QDate &confirmedBefore) const;
    /// Warm and hot leads by score, best first.
    QList<Contact> salesReady(int limit) const;

private:
    /// One query of a list made of several in a row (one per stage, or bounced then stale).
    struct Segment
    {
        QString from;
        QString where;
        QString orderBy;
        QVariantList values;
    };

    QList<Contact> contacts(const Segment &segment, int limit, int offset = 0) const;
    /// How many rows the segment has, counting no further than `cap`.
    qint64 countUpTo(const Segment &segment, qint64 cap) const;
    /// `limit` rows from `offset` of the segments read one after the other.
    QList<Contact> page(const QList<Segment> &segments, int limit, int offset) const;
    /// Live contacts at `stage` meeting `condition` (" AND …"), best score first, along
    /// `index`.
    Segment byStageAndScore(Stage stage, const QString &index, const QString &condition = {}) const;
    QList<Segment> reviewSegments(const QDate &confirmedBefore) const;
    /// Whether a contact's address bounced after its details were last confirmed.
    QString bounced() const;

    const Database &m_db;
    OwnerCondition m_owner;
};

} // namespace kizuna
