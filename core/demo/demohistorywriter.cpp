#include "demohistorywriter.h"

#include "demorandom.h"
#include "domain/activity.h"
#include "domain/deal.h"
#include "domain/followup.h"
#include "nurture/nurturesettings.h"
#include "nurture/workingcalendar.h"
#include "storage/activityrepository.h"
#include "storage/dealrepository.h"
#include "storage/followuprepository.h"
#include "storage/settingsrepository.h"
#include "storage/stagehistoryrepository.h"

#include <QStringList>

namespace kizuna {

namespace {

struct Touch
{
    Channel channel;
    Direction direction;
    const char *summary;
    Outcome outcome;
};

// What touches with a small firm's leads look like, roughly in the order a lead lives them.
const Touch kTouches[] = {
    {Channel::Email, Direction::Outbound, "展示会のお礼メール", Outcome::None},
    {Channel::Phone, Direction::Outbound, "ご挨拶の電話、担当者不在", Outcome::NoAnswer},
    {Channel::Phone, Direction::Outbound, "製品資料の送付を案内", Outcome::Reached},
    {Channel::Email, Direction::Inbound, "資料請求のメール", Outcome::Interested},
    {Channel::Letter, Direction::Outbound, "カタログと価格表を郵送", Outcome::None},
    {Channel::Phone, Direction::Inbound, "価格について問い合わせ", Outcome::Interested},
    {Channel::Visit, Direction::Outbound, "工場見学を案内、課題をヒアリング",
     Outcome::MeetingBooked},
    {Channel::Email, Direction::Outbound, "見積書を送付", Outcome::None},
    {Channel::Phone, Direction::Inbound, "見積の条件について相談", Outcome::Interested},
    {Channel::Visit, Direction::Outbound, "デモ機で実演", Outcome::Reached},
    {Channel::Event, Direction::Inbound, "セミナーに参加いただいた", Outcome::Interested},
    {Channel::Social, Direction::Inbound, "LinkedInでメッセージ", Outcome::Reached},
    {Channel::Phone, Direction::Outbound, "導入後のフォロー", Outcome::Reached},
    {Channel::Email, Direction::Outbound, "季節のご挨拶", Outcome::None},
};

const char *const kPurposes[] = {
    "近況伺いの電話", "新製品のご案内",     "見積のフォロー",
    "訪問日程の調整", "導入後の満足度確認", "展示会のお礼",
};

const char *const kDeals[] = {
    "検査装置 1台", "保守契約 年間", "部品の定期購入",
    "システム導入", "試作品の製作",  "追加ライセンス",
};

const qint64 kAmounts[] = {180000, 350000, 600000, 1200000, 2400000, 4800000};

QDate between(DemoRandom &random, const QDate &from, const QDate &to)
{
    const qint64 span = std::max<qint64>(0, from.daysTo(to));
    return from.addDays(span == 0 ? 0 : random.below(span + 1));
}

} // namespace

DemoHistoryWriter::DemoHistoryWriter(const Database &db, quint32 seed, const QDate &today)
    : m_db(db)
    , m_seed(seed)
    , m_today(today)
{}

void DemoHistoryWriter::write(qint64 id, const Contact &card) const
{
    DemoRandom random((quint64(m_seed) << 32) ^ (quint64(id) * 0x9E3779B97F4A7C15ULL));
    const QDate met = card.cardExchangedOn.isValid() ? card.cardExchangedOn
                                                     : m_today.addDays(-random.below(400) - 20);
    const NurtureSettings settings = NurtureSettings::load(SettingsRepository(m_db));
    const WorkingCalendar calendar(settings.skipWeekends, settings.skipHolidays);

    // The way to the stage the card stands at: each step a while after the one before.
    QList<Stage> path;
    const Stage target = card.stage;
    if (target == Stage::Lost) {
        const int reached = random.below(3); // lost while cold, warm or hot
        for (int s = 1; s <= reached; ++s)
            path.append(static_cast<Stage>(s));
        path.append(Stage::Lost);
    } else {
        for (int s = 1; s <= static_cast<int>(target); ++s)
            path.append(static_cast<Stage>(s));
    }
    StageHistoryRepository stages(m_db);
    QList<QDate> stepDays;
    QDate day = met;
    const qint64 room = std::max<qint64>(path.size() + 1, met.daysTo(m_today));
    for (Stage step : std::as_const(path)) {
        day = std::min(m_today, day.addDays(1 + random.below(room / (path.size() + 1) + 1)));
        stepDays.append(day);
        stages.change(id, step, day,
                      step == Stage::Lost ? QStringLiteral("他社に決定") : QString());
    }

    // Touches: a few for every lead, more the further it went.
    ActivityRepository activities(m_db);
    const int touchCount = 1 + random.below(2) + 2 * static_cast<int>(path.size());
    const int firstTouch = random.below(3);
    for (int t = 0; t < touchCount; ++t) {
        const Touch &touch =
            kTouches[std::min<int>(firstTouch + t, int(std::size(kTouches)) - 1 - random.below(3))];
        Activity a;
        a.contactId = id;
        a.channel = touch.channel;
        a.direction = touch.direction;
        a.summary = QString::fromUtf8(touch.summary);
        a.outcome = touch.outcome;
        const QDate on = between(random, met, m_today.addDays(-1));
        a.occurredAt = QDateTime(on, QTime(9 + random.below(9), 15 * random.below(4)));
        activities.add(a);
    }
    if (random.percent(3) && !card.email.isEmpty()) {
        Activity bounce;
        bounce.contactId = id;
        bounce.channel = Channel::Email;
        bounce.summary = QStringLiteral("メールが宛先不明で戻った");
        bounce.outcome = Outcome::Bounced;
        bounce.occurredAt = QDateTime(m_today.addDays(-random.below(30) - 1), QTime(10, 0));
        activities.add(bounce);
    }

    // Deals: won for customers (two for loyal ones), open for many hot leads, lost for some.
    DealRepository deals(m_db);
    const auto addDeal = [&](DealStatus status, const QDate &closed) {
        Deal d;
        d.contactId = id;
        d.title = QString::fromUtf8(kDeals[random.below(std::size(kDeals))]);
        d.amount = kAmounts[random.below(std::size(kAmounts))];
        d.status = status;
        d.closedOn = closed;
        d.createdOn = std::max(met, closed.isValid() ? closed.addDays(-30 - random.below(60))
                                                     : m_today.addDays(-random.below(45)));
        d.expectedCloseOn =
            status == DealStatus::Open ? m_today.addDays(14 + random.below(75)) : QDate();
        deals.add(d);
    };
    const int customerStep = path.indexOf(Stage::Customer);
    if (customerStep >= 0)
        addDeal(DealStatus::Won, stepDays.at(customerStep));
    const int loyalStep = path.indexOf(Stage::Loyal);
    if (loyalStep >= 0)
        addDeal(DealStatus::Won, stepDays.at(loyalStep));
    if (target == Stage::Hot && random.percent(70))
        addDeal(DealStatus::Open, {});
    if (target == Stage::Lost && random.percent(50))
        addDeal(DealStatus::Lost, stepDays.last());

    // Follow-ups ahead: most active leads have one, some overdue, some today; a few are
    // dropped, which is what the agenda is there to catch.
    const int cadence = settings.cadenceFor(target);
    if (cadence <= 0 || random.percent(12))
        return;
    FollowUp f;
    f.contactId = id;
    f.channel = random.percent(70) ? Channel::Phone
                                   : (random.percent(50) ? Channel::Email : Channel::Visit);
    f.purpose = QString::fromUtf8(kPurposes[random.below(std::size(kPurposes))]);
    const int roll = random.below(100);
    if (roll < 15)
        f.dueOn = m_today.addDays(-1 - random.below(14)); // overdue
    else if (roll < 25)
        f.dueOn = m_today;
    else
        f.dueOn = calendar.onOrAfter(m_today.addDays(1 + random.below(std::min(cadence, 60))));
    if (random.percent(30))
        f.dueAt = QTime(9 + random.below(8), 30 * random.below(2));
    f.cadence = random.percent(60);
    FollowUpRepository(m_db).add(f);
}

} // namespace kizuna
