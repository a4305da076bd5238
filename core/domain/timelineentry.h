#pragma once

#include <QDateTime>
#include <QString>

namespace kizuna {

/// One line of a contact's timeline: everything that happened with the person, whatever
/// table it is kept in.
struct TimelineEntry
{
    enum class Kind
    {
        Activity,    ///< a logged touch
        StageChange, ///< moved from one stage to another (or entered the funnel)
        Import,      ///< created by an import
        Merge,       ///< an import or a duplicate merge changed the details
        Deal,        ///< a deal opened, won or lost
    };

    Kind kind = Kind::Activity;
    /// Local time; a date-only event (a stage change) is at the start of its day.
    QDateTime at;
    /// One line for people, already in the user's language.
    QString summary;
    /// For an activity: its channel, direction and outcome keys; empty otherwise.
    QString channel;
    QString direction;
    QString outcome;
    qint64 refId = 0; ///< id of the row behind the entry in its own table
};

QString timelineKindKey(TimelineEntry::Kind kind);

} // namespace kizuna
