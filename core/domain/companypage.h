#pragma once

#include "domain/companysummary.h"
#include "domain/deal.h"
#include "domain/stage.h"
#include "domain/timelineentry.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kizuna {

/// One person on a company's page.
struct CompanyPerson
{
    qint64 contactId = 0;
    QString familyName;
    QString givenName;
    QString familyKana;
    QString givenKana;
    QString department;
    QString title;
    Stage stage = Stage::Cold;
    QDate nextFollowUp; ///< the earliest open follow-up; null when none is planned
};

/// One line of a company's timeline: a person's timeline entry and whose it is.
struct CompanyTimelineEntry
{
    qint64 contactId = 0;
    QString personName; ///< family name first, as stored
    TimelineEntry entry;
};

/// Everything a company's page shows; people in the trash are left out, with their deals
/// and history.
struct CompanyPage
{
    CompanySummary summary;
    QList<CompanyPerson> people;          ///< in reading order
    QList<Deal> deals;                    ///< newest first
    QList<CompanyTimelineEntry> timeline; ///< the people's timelines merged, newest first
};

} // namespace kizuna
