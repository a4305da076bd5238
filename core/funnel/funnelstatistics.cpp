#include "funnelstatistics.h"

#include "storage/funnelrepository.h"
#include "storage/sourcerepository.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <array>
#include <vector>

namespace kizuna {

namespace {

constexpr int kMainStages = 5; // cold, warm, hot, customer, loyal

int mainIndex(Stage stage)
{
    return stage == Stage::Lost ? -1 : static_cast<int>(stage);
}

std::optional<double> median(std::vector<qint64> &values)
{
    if (values.empty())
        return std::nullopt;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return double(*middle);
    const qint64 upper = *middle;
    const qint64 lower = *std::max_element(values.begin(), middle);
    return (double(lower) + double(upper)) / 2.0;
}

// Everything the funnel keeps while it walks one lead's steps at a time.
struct Tally
{
    qint64 leads = 0;
    qint64 lostNow = 0;
    std::array<qint64, kMainStages> reached{};
    std::array<qint64, kMainStages> current{};
    std::array<qint64, kMainStages> lost{};
    std::array<std::vector<qint64>, kMainStages> stays;
    QHash<qint64, SourceStats> sources;
    QMap<QDate, FunnelCohort> cohorts;
};

class LeadWalk
{
public:
    LeadWalk(Tally &tally, const QHash<qint64, qint64> &revenue)
        : m_tally(tally)
        , m_revenue(revenue)
    {}

    void step(const FunnelRepository::Step &s)
    {
        if (s.contactId != m_contact) {
            finish();
            m_contact = s.contactId;
            m_source = s.sourceId;
            m_entered = s.changedOn;
            m_highest = -1;
        } else {
            // The stay in the stage before this step has ended.
            const int previous = mainIndex(m_stage);
            if (previous >= 0)
                m_tally.stays[previous].push_back(m_since.daysTo(s.changedOn));
        }
        if (s.to == Stage::Lost && s.from && mainIndex(*s.from) >= 0)
            ++m_tally.lost[mainIndex(*s.from)];
        m_highest = std::max(m_highest, mainIndex(s.to));
        m_stage = s.to;
        m_since = s.changedOn;
    }

    void finish()
    {
        if (m_contact == 0)
            return;
        ++m_tally.leads;
        for (int i = 0; i <= m_highest; ++i)
            ++m_tally.reached[i];
        if (m_stage == Stage::Lost)
            ++m_tally.lostNow;
        else
            ++m_tally.current[mainIndex(m_stage)];
        const qint64 revenue = m_revenue.value(m_contact);
        const bool customer =
            m_highest >= mainIndex(Stage::Customer) || revenue > 0 || m_revenue.contains(m_contact);
        SourceStats &source = m_tally.sources[m_source];
        source.sourceId = m_source;
        ++source.leads;
        source.customers += customer ? 1 : 0;
        source.revenue += revenue;
        const QDate month(m_entered.year(), m_entered.month(), 1);
        FunnelCohort &cohort = m_tally.cohorts[month];
        cohort.month = month;
        ++cohort.leads;
        const bool customerNow = m_stage == Stage::Customer || m_stage == Stage::Loyal;
        cohort.customers += customerNow ? 1 : 0;
        m_contact = 0;
    }

private:
    Tally &m_tally;
    const QHash<qint64, qint64> &m_revenue;
    qint64 m_contact = 0;
    qint64 m_source = 0;
    QDate m_entered;
    int m_highest = -1;
    Stage m_stage = Stage::Cold;
    QDate m_since;
};

} // namespace

FunnelStatistics::FunnelStatistics(const Database &db, const QDate &today)
    : m_db(db)
    , m_today(today)
{}

Funnel FunnelStatistics::compute(const FunnelFilter &filter) const
{
    Funnel funnel;
    funnel.filter = filter;
    if (!funnel.filter.to.isValid())
        funnel.filter.to = m_today;
    const QDate until = funnel.filter.to;

    const FunnelRepository repository(m_db);
    const QHash<qint64, qint64> revenue = repository.wonRevenue(funnel.filter, until);
    Tally tally;
    LeadWalk walk(tally, revenue);
    repository.forEachStep(funnel.filter, until,
                           [&walk](const FunnelRepository::Step &s) { walk.step(s); });
    walk.finish();

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
    for (const Source &source : SourceRepository(m_db).list()) {
        const auto found = tally.sources.find(source.id);
        if (found == tally.sources.end())
            continue;
        found->name = source.name;
        found->kind = source.kind;
        found->cost = source.cost;
        found->currency = source.currency;
    }
    funnel.sources = tally.sources.values();
    std::sort(funnel.sources.begin(), funnel.sources.end(),
              [](const SourceStats &a, const SourceStats &b) {
                  if (a.revenue != b.revenue)
                      return a.revenue > b.revenue;
                  if ((a.sourceId == 0) != (b.sourceId == 0))
                      return b.sourceId == 0; // no source last
                  return a.name < b.name;
              });
    funnel.cohorts = tally.cohorts.values();
    return funnel;
}

} // namespace kizuna
