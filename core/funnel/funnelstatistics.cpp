#include "funnelstatistics.h"

#include "storage/funnelrepository.h"
#include "storage/sourcerepository.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <unordered_map>
#include <vector>

namespace kizuna {

namespace {

constexpr int kMainStages = 5; // cold, warm, hot, customer, loyal
constexpr qint8 kLost = static_cast<qint8>(Stage::Lost);

int mainIndex(qint8 stage)
{
    return stage >= 0 && stage < kMainStages ? stage : -1;
}

std::optional<double> median(std::vector<qint32> &values)
{
    if (values.empty())
        return std::nullopt;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return double(*middle);
    const qint32 upper = *middle;
    const qint32 lower = *std::max_element(values.begin(), middle);
    return (double(lower) + double(upper)) / 2.0;
}

// Everything the funnel keeps while it walks one lead at a time.
struct Tally
{
    qint64 leads = 0;
    qint64 lostNow = 0;
    std::array<qint64, kMainStages> reached{};
    std::array<qint64, kMainStages> current{};
    std::array<qint64, kMainStages> lost{};
    std::array<std::vector<qint32>, kMainStages> stays;
    std::unordered_map<qint64, SourceStats> sources;
    std::map<int, FunnelCohort> cohorts; // by year * 12 + month - 1
};

// Won revenue by the period's end, read along the wins as the leads go by in id order.
class WinCursor
{
public:
    WinCursor(const std::vector<FunnelHistory::Win> &wins, qint32 until)
        : m_wins(wins)
        , m_until(until)
    {}

    /// Whether the contact won a deal by the end, and the sum won.
    std::pair<bool, qint64> of(qint64 contactId)
    {
        while (m_at < m_wins.size() && m_wins[m_at].contactId < contactId)
            ++m_at;
        bool won = false;
        qint64 revenue = 0;
        for (size_t i = m_at; i < m_wins.size() && m_wins[i].contactId == contactId; ++i) {
            if (m_wins[i].day <= m_until) {
                won = true;
                revenue += m_wins[i].amount;
            }
        }
        return {won, revenue};
    }

private:
    const std::vector<FunnelHistory::Win> &m_wins;
    qint32 m_until;
    size_t m_at = 0;
};

// One lead's steps up to the period's end: how far it got, where it stands, what ended.
void walkLead(Tally &tally, const FunnelHistory::Lead &lead, const FunnelHistory::Step *steps,
              size_t count, std::pair<bool, qint64> win)
{
    int highest = -1;
    qint8 stage = 0;
    qint32 since = 0;
    for (size_t i = 0; i < count; ++i) {
        const FunnelHistory::Step &s = steps[i];
        if (i > 0 && mainIndex(stage) >= 0) // the stay before this step has ended
            tally.stays[mainIndex(stage)].push_back(s.day - since);
        if (s.to == kLost && mainIndex(s.from) >= 0)
            ++tally.lost[mainIndex(s.from)];
        highest = std::max(highest, mainIndex(s.to));
        stage = s.to;
        since = s.day;
    }

    ++tally.leads;
    for (int i = 0; i <= highest; ++i)
        ++tally.reached[i];
    if (stage == kLost)
        ++tally.lostNow;
    else
        ++tally.current[mainIndex(stage)];
    const auto [won, revenue] = win;
    SourceStats &source = tally.sources[lead.sourceId];
    source.sourceId = lead.sourceId;
    ++source.leads;
    source.customers += highest >= int(Stage::Customer) || won ? 1 : 0;
    source.revenue += revenue;

    const QDate entered = QDate::fromJulianDay(steps[0].day);
    FunnelCohort &cohort = tally.cohorts[entered.year() * 12 + entered.month() - 1];
    cohort.month = QDate(entered.year(), entered.month(), 1);
    ++cohort.leads;
    const bool customerNow = stage == qint8(Stage::Customer) || stage == qint8(Stage::Loyal);
    cohort.customers += customerNow ? 1 : 0;
}

} // namespace

FunnelStatistics::FunnelStatistics(const Database &db, const QDate &today)
    : m_db(db)
    , m_today(today)
{}

const FunnelHistory &FunnelStatistics::history() const
{
    const Database::ChangeStamp stamp = m_db.changeStamp();
    if (!m_history || !(stamp == m_readAt)) {
        m_history = FunnelRepository(m_db).load();
        m_readAt = stamp;
    }
    return *m_history;
}

Funnel FunnelStatistics::compute(const FunnelFilter &filter) const
{
    Funnel funnel;
    funnel.filter = filter;
    if (!funnel.filter.to.isValid())
        funnel.filter.to = m_today;
    const auto until = qint32(funnel.filter.to.toJulianDay());
    const qint32 from = filter.from.isValid() ? qint32(filter.from.toJulianDay())
                                              : std::numeric_limits<qint32>::min();

    const QList<Source> sources = SourceRepository(m_db).definitions();
    std::optional<qint64> onlySource;
    if (!filter.source.isEmpty()) {
        onlySource = -1; // a name no source has: no leads
        for (const Source &source : sources) {
            if (source.name == filter.source.trimmed())
                onlySource = source.id;
        }
    }
    std::optional<std::vector<qint64>> tagged;
    if (!filter.tag.isEmpty())
        tagged = FunnelRepository(m_db).contactsTagged(filter.tag);
    std::optional<std::vector<qint64>> owned;
    if (!filter.owner.isEmpty())
        owned = FunnelRepository(m_db).contactsOwnedBy(filter.owner);

    const FunnelHistory &all = history();
    Tally tally;
    WinCursor wins(all.wins, until);
    for (const FunnelHistory::Lead &lead : all.leads) {
        if (onlySource && lead.sourceId != *onlySource)
            continue;
        if (tagged && !std::binary_search(tagged->begin(), tagged->end(), lead.contactId))
            continue;
        if (owned && !std::binary_search(owned->begin(), owned->end(), lead.contactId))
            continue;
        const FunnelHistory::Step *steps = all.steps.data() + lead.firstStep;
        // Steps are in day order: the history up to the end is a prefix.
        size_t count = 0;
        while (count < lead.stepCount && steps[count].day <= until)
            ++count;
        // A lead counts when it entered in the period; one merged from a duplicate keeps
        // that card's entry as well.
        const bool entered = std::any_of(
            steps, steps + count, [from](const auto &s) { return s.from < 0 && s.day >= from; });
        if (entered)
            walkLead(tally, lead, steps, count, wins.of(lead.contactId));
    }

    funnel.leads = tally.leads;
    funnel.lostNow = tally.lostNow;
    for (int i = 0; i < kMainStages; ++i) {
        FunnelStage stage;
        stage.stage = static_cast<Stage>(i);
        stage.reached = tally.reached[i];
        stage.current = tally.current[i];
        stage.lost = tally.lost[i];
        if (i + 1 < kMainStages && stage.reached > 0)
            stage.conversionToNext = double(tally.reached[i + 1]) / double(stage.reached);
        stage.medianDays = median(tally.stays[i]);
        funnel.stages.append(stage);
    }

    // Names, kinds and costs of the sources that brought leads in.
    for (const Source &source : sources) {
        const auto found = tally.sources.find(source.id);
        if (found == tally.sources.end())
            continue;
        found->second.name = source.name;
        found->second.kind = source.kind;
        found->second.cost = source.cost;
        found->second.currency = source.currency;
    }
    for (const auto &[id, stats] : tally.sources)
        funnel.sources.append(stats);
    std::sort(funnel.sources.begin(), funnel.sources.end(),
              [](const SourceStats &a, const SourceStats &b) {
                  if (a.revenue != b.revenue)
                      return a.revenue > b.revenue;
                  if ((a.sourceId == 0) != (b.sourceId == 0))
                      return b.sourceId == 0; // no source last
                  return a.name < b.name;
              });
    for (const auto &[month, cohort] : tally.cohorts)
        funnel.cohorts.append(cohort);
    return funnel;
}

} // namespace kizuna
