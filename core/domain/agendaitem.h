#pragma once

#include "followup.h"
#include "stage.h"

#include <QDateTime>
#include <QString>

namespace kizuna {

/// A follow-up with what the caller needs beside it: who, how to reach them, where they
/// stand and when we last spoke. A line of the agenda and of the call sheet.
struct AgendaItem
{
    FollowUp followUp;
    QString familyName;
    QString givenName;
    QString familyKana;
    QString givenKana;
    QString company;
    QString title;
    QString phoneWork;
    QString phoneDirect;
    QString phoneMobile;
    QString email;
    Stage stage = Stage::Cold;
    int score = 0;
    QDateTime lastTouchAt; ///< invalid when never touched
    QString lastTouchSummary;
};

} // namespace kizuna
