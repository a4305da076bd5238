#pragma once

#include "domain/timelineentry.h"

#include <QList>

namespace kizuna {

class Database;

/// A contact's timeline: touches, stage changes, imports, merges and deals, gathered from
/// the tables that keep them into one list, newest first.
class TimelineRepository final
{
public:
    explicit TimelineRepository(const Database &db);

    QList<TimelineEntry> forContact(qint64 contactId) const;

private:
    void addActivities(QList<TimelineEntry> &entries, qint64 contactId) const;
    void addStageChanges(QList<TimelineEntry> &entries, qint64 contactId) const;
    void addImports(QList<TimelineEntry> &entries, qint64 contactId) const;
    void addMerges(QList<TimelineEntry> &entries, qint64 contactId) const;
    void addDeals(QList<TimelineEntry> &entries, qint64 contactId) const;

    const Database &m_db;
};

} // namespace kizuna
