#pragma once

#include "domain/activity.h"
#include "nurture/followupservice.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kizuna {

/// A follow-up marked done on the agenda: what the user said about it and what core wrote,
/// so that the step can be taken back and done again.
struct FollowUpDone
{
    QString contactName; ///< as shown
    QString summary;
    Outcome outcome = Outcome::None;
    FollowUpService::Next next;
    std::optional<Channel> channel;
    QDate today; ///< the day it counted as done on
    FollowUpService::Completion completion;
};

} // namespace kizuna
