#pragma once

#include "domain/activity.h"

#include <QList>
#include <QString>

namespace kizuna {

/// How the end of a touch is named in the windows (translation context "Outcome"): in the
/// dialogs that log a touch and on a contact's timeline.
class OutcomeLabel final
{
public:
    static QString text(Outcome outcome);
    /// Every outcome in the order a list to choose from shows them, "no particular outcome"
    /// last.
    static QList<Outcome> choices();
};

} // namespace kizuna
