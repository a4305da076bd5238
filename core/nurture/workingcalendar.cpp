#include "workingcalendar.h"

#include "japaneseholidays.h"

namespace kizuna {

WorkingCalendar::WorkingCalendar(bool skipWeekends, bool skipHolidays)
    : m_skipWeekends(skipWeekends)
    , m_skipHolidays(skipHolidays)
{}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    if (m_skipWeekends && day.dayOfWeek() >= Qt::Saturday)
        return false;
    return !(m_skipHolidays && JapaneseHolidays::isHoliday(day));
}

QDate WorkingCalendar::onOrAfter(const QDate &day) const
{
    // Golden Week with a weekend around it is the longest run of days off: nine at most.
    QDate d = day;
    for (int i = 0; i < 31 && !isWorkingDay(d); ++i)
        d = d.addDays(1);
    return d;
}

} // namespace kizuna
