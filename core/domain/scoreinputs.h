#pragma once

#include "stage.h"

#include <QString>

namespace kizuna {

/// What a lead score is computed from: the fit of the person (who they are, whether we can
/// reach them) and their engagement (touches, counted by age, and the stage).
struct ScoreInputs
{
    QString title;
    bool hasCompany = false;
    bool hasEmail = false;
    /// An e-mail to them bounced after their details were last confirmed.
    bool emailBounced = false;
    bool hasPhone = false;
    Stage stage = Stage::Cold;
    int inboundLast30Days = 0;
    int inbound31To90Days = 0;
    int inbound91To365Days = 0;
    int touchesLast365Days = 0; ///< in either direction
};

} // namespace kizuna
