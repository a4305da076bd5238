#pragma once

#include "authorship.h"
#include "channel.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace kizuna {

enum class FollowUpStatus
{
    Open = 0,
    Done,
    Skipped,
};

/// "open", "done", "skipped".
QString followUpStatusKey(FollowUpStatus status);
std::optional<FollowUpStatus> followUpStatusFromKey(const QString &key);

/// Something to do for a contact on a day: call, write, visit.
struct FollowUp
{
    qint64 id = 0;
    qint64 contactId = 0;
    QDate dueOn;
    QTime dueAt; ///< null when the whole day will do
    Channel channel = Channel::Phone;
    QString purpose;
    FollowUpStatus status = FollowUpStatus::Open;
    /// Whose it is: a user's login name (Database::userName()); empty for anyone's. Older
    /// databases may hold a person's name typed by hand.
    QString assignedTo;
    /// Made by the stage's cadence rather than by hand: a logged touch moves it, because
    /// the cadence counts from the last touch.
    bool cadence = false;
    QDate completedOn; ///< when it was done or skipped
    Authorship authorship;
};

} // namespace kizuna
