#pragma once

#include <QDate>

namespace kizuna {

/// Which days follow-ups may fall on: every day, or only weekdays that are not Japanese
/// public holidays, as the settings say.
class WorkingCalendar final
{
public:
    WorkingCalendar(bool skipWeekends, bool skipHolidays);

    bool isWorkingDay(const QDate &day) const;
    /// The day itself when it is a working day, else the next one that is.
    QDate onOrAfter(const QDate &day) const;

private:
    bool m_skipWeekends;
    bool m_skipHolidays;
};

} // namespace kizuna
