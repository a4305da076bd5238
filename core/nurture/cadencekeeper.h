#pragma once

#include "domain/channel.h"
#include "domain/stage.h"
#include "nurturesettings.h"
#include "workingcalendar.h"

#include <QDate>

namespace kizuna {

class Database;

/// Keeps every lead's regular follow-up on its stage's cadence, counted from the last touch:
/// a touch moves it, a stage change re-times it, losing a lead ends it. At most one open
/// follow-up per contact is the cadence's; the others are the user's own and stay put.
/// The caller owns the transaction.
class CadenceKeeper final
{
public:
    CadenceKeeper(const Database &db, const NurtureSettings &settings, const QDate &today);

    /// The day a follow-up on `stage`'s cadence falls due when counted from `from`: on a
    /// working day, never before today. Null when the stage has no cadence.
    QDate dueAfter(Stage stage, const QDate &from) const;

    /// A touch on `day`: the open cadence follow-up moves to `day` + cadence.
    void afterTouch(qint64 contactId, const QDate &day);
    /// The contact now stands at `stage`: the cadence follow-up is re-timed from the last
    /// touch, made when the contact has no open follow-up at all, and skipped when the stage
    /// has no cadence (lost).
    void afterStageChange(qint64 contactId, Stage stage);
    /// Makes the cadence follow-up counted from `from` unless one is open; returns its id,
    /// or 0 when the stage has no cadence.
    qint64 ensure(qint64 contactId, Stage stage, const QDate &from);

    /// The purpose written on cadence follow-ups ("regular follow-up (warm, every 30 days)").
    QString purposeFor(Stage stage) const;
    const WorkingCalendar &calendar() const { return m_calendar; }

private:
    QDate lastTouchOrToday(qint64 contactId) const;

    const Database &m_db;
    NurtureSettings m_settings;
    WorkingCalendar m_calendar;
    QDate m_today;
};

} // namespace kizuna
