#pragma once

#include "domain/scoreexplanation.h"
#include "domain/scoreinputs.h"
#include "nurturesettings.h"

#include <QHash>

namespace kizuna {

/// Computes a lead score from 0 to 100 with its explanation, point by point.
///
/// Fit says whether the person can decide and can be reached: title seniority, a company,
/// a working e-mail address and a phone. Engagement says whether they are interested: touches
/// they started count most, less as they age; any touch counts a little; the stage adds or
/// takes away. Pure: the same inputs always give the same score.
class LeadScorer final
{
public:
    explicit LeadScorer(const ScoreWeights &weights);

    ScoreExplanation explain(const ScoreInputs &inputs) const;
    /// The score alone, without wording the reasons.
    int score(const ScoreInputs &inputs) const;

    enum class Seniority
    {
        None,
        Manager,
        Senior,
        Executive,
    };
    /// How senior a title reads, in Japanese or English ("代表取締役社長", "営業部長",
    /// "Sales Manager").
    static Seniority seniorityOf(const QString &title);

private:
    int tally(const ScoreInputs &inputs, ScoreExplanation *explanation) const;
    Seniority cachedSeniorityOf(const QString &title) const;

    ScoreWeights m_weights;
    mutable QHash<QString, Seniority> m_seniority;
};

} // namespace kizuna
