#pragma once

#include "stage.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kizuna {

/// One step of a contact's way through the stages. The first step of every contact has no
/// `from`: it is the day they entered the funnel.
struct StageChange
{
    qint64 id = 0;
    qint64 contactId = 0;
    std::optional<Stage> from;
    Stage to = Stage::Cold;
    QDate changedOn;
    QString note;
};

} // namespace kizuna
