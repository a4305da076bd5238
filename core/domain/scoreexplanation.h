#pragma once

#include <QList>
#include <QString>

namespace kizuna {

/// A lead score and the reasons that add up to it, so the user can see why a lead ranks
/// where it does.
struct ScoreExplanation
{
    struct Point
    {
        int points = 0;
        QString reason;
    };

    int score = 0; ///< 0..100; the points' sum, clamped
    QList<Point> points;
};

} // namespace kizuna
