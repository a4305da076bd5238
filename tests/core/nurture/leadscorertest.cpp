#include "nurture/leadscorer.h"

#include "qtcatch.h"

#include <catch2/catch.hpp>

using namespace kizuna;

namespace {

QStringList lines(const ScoreExplanation &e)
{
    QStringList out;
    for (const auto &p : e.points)
        out.append(QStringLiteral("%1%2 %3")
                       .arg(p.points > 0 ? QStringLiteral("+") : QString())
                       .arg(p.points)
                       .arg(p.reason));
    return out;
}

} // namespace

TEST_CASE("titles are read for seniority in Japanese and English", "[nurture][score]")
{
    using S = LeadScorer::Seniority;
    CHECK(LeadScorer::seniorityOf(QStringLiteral("代表取締役社長")) == S::Executive);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("執行役員 営業本部長")) == S::Executive);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("副社長")) == S::Senior);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("営業部長")) == S::Senior);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("部長代理")) == S::Manager);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("マネージャー")) == S::Manager);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("ﾏﾈｰｼﾞｬｰ")) == S::Manager);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("課長補佐")) == S::None);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("CEO")) == S::Executive);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("Managing Director")) == S::Senior);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("Sales Manager")) == S::Manager);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("Directory Services Engineer")) == S::None);
    CHECK(LeadScorer::seniorityOf(QStringLiteral("営業")) == S::None);
    CHECK(LeadScorer::seniorityOf(QString()) == S::None);
}

TEST_CASE("the score of a hot decision maker is explained point by point", "[nurture][score]")
{
    ScoreInputs in;
    in.title = QStringLiteral("代表取締役");
    in.hasCompany = true;
    in.hasEmail = true;
    in.hasPhone = true;
    in.stage = Stage::Hot;
    in.inboundLast30Days = 2;
    in.inbound31To90Days = 1;
    in.touchesLast365Days = 6;
    const ScoreExplanation e = LeadScorer(ScoreWeights{}).explain(in);
    CHECK(lines(e) == QStringList{
                          QStringLiteral("+20 decision maker by title (代表取締役)"),
                          QStringLiteral("+5 works at a known company"),
                          QStringLiteral("+5 reachable by e-mail"),
                          QStringLiteral("+5 reachable by phone"),
                          QStringLiteral("+20 touches they started in the last 30 days: 2"),
                          QStringLiteral("+5 touches they started 31 to 90 days ago: 1"),
                          QStringLiteral("+6 touches in the last year: 6"),
                          QStringLiteral("+20 stage: hot"),
                      });
    CHECK(e.score == 86);
}

TEST_CASE("inbound points stop at their cap, the total at 100 and 0", "[nurture][score]")
{
    ScoreInputs in;
    in.title = QStringLiteral("社長");
    in.hasCompany = true;
    in.hasEmail = true;
    in.hasPhone = true;
    in.stage = Stage::Loyal;
    in.inboundLast30Days = 5;   // 50 points, capped at 30
    in.inbound31To90Days = 4;   // nothing left under the cap
    in.touchesLast365Days = 40; // capped at 10
    const ScoreExplanation e = LeadScorer(ScoreWeights{}).explain(in);
    CHECK(lines(e).contains(QStringLiteral("+30 touches they started in the last 30 days: 5")));
    CHECK_FALSE(lines(e).join(QLatin1Char('\n')).contains(QStringLiteral("31 to 90")));
    CHECK(lines(e).contains(QStringLiteral("+10 touches in the last year: 40")));
    CHECK(e.score == 95); // 20 + 5 + 5 + 5 + 30 + 10 + 20

    ScoreWeights generous;
    generous.stageLoyal = 60;
    CHECK(LeadScorer(generous).score(in) == 100);

    ScoreInputs lost;
    lost.stage = Stage::Lost;
    lost.touchesLast365Days = 3;
    const ScoreExplanation l = LeadScorer(ScoreWeights{}).explain(lost);
    CHECK(lines(l) == QStringList{QStringLiteral("+3 touches in the last year: 3"),
                                  QStringLiteral("-20 stage: lost")});
    CHECK(l.score == 0);
}

TEST_CASE("a bounced e-mail address does not count as reachable", "[nurture][score]")
{
    ScoreInputs in;
    in.hasEmail = true;
    in.emailBounced = true;
    const ScoreExplanation e = LeadScorer(ScoreWeights{}).explain(in);
    CHECK(e.points.isEmpty());
    CHECK(e.score == 0);
}
