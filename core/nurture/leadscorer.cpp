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
    // Compiled once: recomputing every score asks this of each title.
    static const QRegularExpression kNonLetters(QStringLiteral("[^a-z]+"));
    const QStringList parts = text.split(kNonLetters, Qt::SkipEmptyParts);
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

LeadScorer::Seniority LeadScorer::cachedSeniorityOf(const QString &title) const
{
    // Titles repeat (部長, 営業部長, 代表取締役): a full recompute folds each distinct one once.
    const auto known = m_seniority.constFind(title);
    if (known != m_seniority.constEnd())
        return *known;
    const Seniority seniority = seniorityOf(title);
    if (m_seniority.size() < 100000)
        m_seniority.insert(title, seniority);
    return seniority;
}

ScoreExplanation LeadScorer::explain(const ScoreInputs &in) const
{
    ScoreExplanation e;
    e.score = tally(in, &e);
    return e;
}

int LeadScorer::score(const ScoreInputs &in) const
{
    return tally(in, nullptr);
}

int LeadScorer::tally(const ScoreInputs &in, ScoreExplanation *e) const
{
    const ScoreWeights &w = m_weights;
    int sum = 0;
    // The reason is only worded when someone reads it: a full recompute needs the sum alone.
    const auto add = [&](int points, const auto &reason) {
        if (points == 0)
            return;
        sum += points;
        if (e)
            e->points.append({points, reason()});
    };

    switch (cachedSeniorityOf(in.title)) {
    case Seniority::Executive:
        add(w.titleExecutive, [&] { return tr("decision maker by title (%1)").arg(in.title); });
        break;
    case Seniority::Senior:
        add(w.titleSenior, [&] { return tr("senior manager by title (%1)").arg(in.title); });
        break;
    case Seniority::Manager:
        add(w.titleManager, [&] { return tr("manager by title (%1)").arg(in.title); });
        break;
    case Seniority::None:
        break;
    }
    if (in.hasCompany)
        add(w.hasCompany, [] { return tr("works at a known company"); });
    if (in.hasEmail && !in.emailBounced)
        add(w.reachableEmail, [] { return tr("reachable by e-mail"); });
    if (in.hasPhone)
        add(w.reachablePhone, [] { return tr("reachable by phone"); });

    // Touches they started are the best sign of interest; each counts less as it ages.
    const int inbound = in.inboundLast30Days * w.inboundLast30Days +
                        in.inbound31To90Days * w.inbound31To90Days +
                        in.inbound91To365Days * w.inbound91To365Days;
    int inboundLeft = w.inboundCap;
    const auto addInbound = [&](int count, int each, const char *reason) {
        const int points = std::min(count * each, inboundLeft);
        inboundLeft -= points;
        add(points, [&] { return tr(reason, count); });
    };
    if (inbound > 0) {
        addInbound(in.inboundLast30Days, w.inboundLast30Days,
                   QT_TRANSLATE_NOOP("LeadScorer", "touches they started in the last 30 days: %n"));
        addInbound(in.inbound31To90Days, w.inbound31To90Days,
                   QT_TRANSLATE_NOOP("LeadScorer", "touches they started 31 to 90 days ago: %n"));
        addInbound(in.inbound91To365Days, w.inbound91To365Days,
                   QT_TRANSLATE_NOOP("LeadScorer", "touches they started 91 to 365 days ago: %n"));
    }
    add(std::min(in.touchesLast365Days * w.perTouch, w.touchCap),
        [&] { return tr("touches in the last year: %n", in.touchesLast365Days); });

    switch (in.stage) {
    case Stage::Warm:
        add(w.stageWarm, [] { return tr("stage: warm"); });
        break;
    case Stage::Hot:
        add(w.stageHot, [] { return tr("stage: hot"); });
        break;
    case Stage::Customer:
        add(w.stageCustomer, [] { return tr("stage: customer"); });
        break;
    case Stage::Loyal:
        add(w.stageLoyal, [] { return tr("stage: loyal"); });
        break;
    case Stage::Lost:
        add(w.stageLost, [] { return tr("stage: lost"); });
        break;
    case Stage::Cold:
        break;
    }

    return std::clamp(sum, 0, 100);
}

} // namespace kizuna
