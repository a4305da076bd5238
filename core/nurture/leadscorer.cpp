#include "leadscorer.h"

#include "text/textnormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace kizuna {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("LeadScorer", text, nullptr, n);
}

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(), [&text](const char *word) {
        return text.contains(QString::fromUtf8(word));
    });
}

// Whole English words only: "director" but not "directory".
bool hasWord(const QString &text, std::initializer_list<const char *> words)
{
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts);
    return std::any_of(words.begin(), words.end(),
                       [&parts](const char *word) { return parts.contains(QLatin1String(word)); });
}

} // namespace

LeadScorer::LeadScorer(const ScoreWeights &weights)
    : m_weights(weights)
{}

LeadScorer::Seniority LeadScorer::seniorityOf(const QString &title)
{
    const QString t = TextNormalizer::fold(title);
    if (t.isEmpty())
        return Seniority::None;
    // fold() turns katakana into hiragana, hence マネージャー is looked for as まねーじゃー.
    // Deputies (副, 代理, 補佐, 次長) rank one step below the office they stand in for.
    const bool deputy = containsAny(t, {"副", "代理", "補佐", "次長"}) ||
                        hasWord(t, {"deputy", "assistant", "vice"});
    if (containsAny(t, {"代表", "社長", "会長", "取締役", "役員", "理事長", "専務", "常務", "頭取",
                        "院長", "所長", "おーなー", "経営者"}) ||
        hasWord(t, {"ceo", "coo", "cfo", "cto", "president", "owner", "founder", "chairman",
                    "chairwoman", "executive", "partner", "principal"})) {
        return deputy ? Seniority::Senior : Seniority::Executive;
    }
    if (containsAny(t,
                    {"部長", "本部長", "支店長", "支社長", "事業部長", "工場長", "局長", "次長"}) ||
        hasWord(t, {"director", "vp", "head", "general"})) {
        return deputy ? Seniority::Manager : Seniority::Senior;
    }
    if (containsAny(t,
                    {"課長", "室長", "店長", "まねーじゃー", "まねじゃー", "りーだー", "係長"}) ||
        hasWord(t, {"manager", "lead", "leader", "supervisor"})) {
        return deputy ? Seniority::None : Seniority::Manager;
    }
    return Seniority::None;
}

ScoreExplanation LeadScorer::explain(const ScoreInputs &in) const
{
    const ScoreWeights &w = m_weights;
    ScoreExplanation e;
    const auto add = [&e](int points, const QString &reason) {
        if (points != 0)
            e.points.append({points, reason});
    };

    switch (seniorityOf(in.title)) {
    case Seniority::Executive:
        add(w.titleExecutive, tr("decision maker by title (%1)").arg(in.title));
        break;
    case Seniority::Senior:
        add(w.titleSenior, tr("senior manager by title (%1)").arg(in.title));
        break;
    case Seniority::Manager:
        add(w.titleManager, tr("manager by title (%1)").arg(in.title));
        break;
    case Seniority::None:
        break;
    }
    if (in.hasCompany)
        add(w.hasCompany, tr("works at a known company"));
    if (in.hasEmail && !in.emailBounced)
        add(w.reachableEmail, tr("reachable by e-mail"));
    if (in.hasPhone)
        add(w.reachablePhone, tr("reachable by phone"));

    // Touches they started are the best sign of interest; each counts less as it ages.
    const int inbound = in.inboundLast30Days * w.inboundLast30Days +
                        in.inbound31To90Days * w.inbound31To90Days +
                        in.inbound91To365Days * w.inbound91To365Days;
    int inboundLeft = w.inboundCap;
    const auto addInbound = [&](int count, int each, const QString &reason) {
        const int points = std::min(count * each, inboundLeft);
        inboundLeft -= points;
        add(points, reason);
    };
    if (inbound > 0) {
        addInbound(in.inboundLast30Days, w.inboundLast30Days,
                   tr("touches they started in the last 30 days: %n", in.inboundLast30Days));
        addInbound(in.inbound31To90Days, w.inbound31To90Days,
                   tr("touches they started 31 to 90 days ago: %n", in.inbound31To90Days));
        addInbound(in.inbound91To365Days, w.inbound91To365Days,
                   tr("touches they started 91 to 365 days ago: %n", in.inbound91To365Days));
    }
    add(std::min(in.touchesLast365Days * w.perTouch, w.touchCap),
        tr("touches in the last year: %n", in.touchesLast365Days));

    switch (in.stage) {
    case Stage::Warm:
        add(w.stageWarm, tr("stage: warm"));
        break;
    case Stage::Hot:
        add(w.stageHot, tr("stage: hot"));
        break;
    case Stage::Customer:
        add(w.stageCustomer, tr("stage: customer"));
        break;
    case Stage::Loyal:
        add(w.stageLoyal, tr("stage: loyal"));
        break;
    case Stage::Lost:
        add(w.stageLost, tr("stage: lost"));
        break;
    case Stage::Cold:
        break;
    }

    int sum = 0;
    for (const auto &p : std::as_const(e.points))
        sum += p.points;
    e.score = std::clamp(sum, 0, 100);
    return e;
}

} // namespace kizuna
