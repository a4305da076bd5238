#include "funnelview.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "funnelchartview.h"
#include "funnelcohortmodel.h"
#include "funnelperiod.h"
#include "funnelstagemodel.h"
#include "leadhistory.h"
#include "nurture/dealservice.h"
#include "ownerchooser.h"
#include "pdftext.h"
#include "sourcechartview.h"
#include "storage/sourcerepository.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace kizuna;
using test::addLead;
using test::ContactBuilder;

namespace {

const QDate kToday(2026, 11, 24);

// Six leads of January 2026 and one of this month, with the histories of the core's funnel
// test: cold only; cold → warm → hot; cold → hot; cold → warm → lost → hot; all the way to
// loyal; cold → lost. Two came from a trade show that cost 100,000 yen.
void buildHistory(Database &db)
{
    Source show;
    show.name = QStringLiteral("展示会 2026冬");
    show.kind = SourceKind::TradeShow;
    show.cost = 100000;
    SourceRepository(db).add(show);
    const ContactBuilder fromShow = ContactBuilder().source(show.name);
    const QDate jan(2026, 1, 10);
    addLead(db, jan, {});
    addLead(db, jan, {{QDate(2026, 1, 20), Stage::Warm}, {QDate(2026, 2, 9), Stage::Hot}},
            fromShow);
    addLead(db, jan, {{QDate(2026, 1, 15), Stage::Hot}});
    addLead(db, jan,
            {{QDate(2026, 1, 30), Stage::Warm},
             {QDate(2026, 3, 1), Stage::Lost},
             {QDate(2026, 6, 1), Stage::Hot}});
    const qint64 loyal = addLead(db, jan,
                                 {{QDate(2026, 1, 11), Stage::Warm},
                                  {QDate(2026, 1, 21), Stage::Hot},
                                  {QDate(2026, 2, 1), Stage::Customer},
                                  {QDate(2026, 5, 1), Stage::Loyal}},
                                 fromShow);
    addLead(db, jan, {{QDate(2026, 2, 1), Stage::Lost}});
    addLead(db, QDate(2026, 11, 2), {{QDate(2026, 11, 9), Stage::Warm}});

    DealService deals(db, QDate(2026, 5, 1));
    deals.win(deals.add(test::openDeal(loyal, QStringLiteral("検査装置"), 300000)), true);
}

// A funnel page over the hand-built history, not yet shown.
struct FunnelPage
{
    test::TestDatabase t;
    ContactService service{t.db(), nullptr};
    std::unique_ptr<FunnelView> view;

    FunnelPage()
    {
        buildHistory(t.db());
        service.setToday(kToday);
        view = std::make_unique<FunnelView>(service);
        view->resize(1200, 800);
    }
};

QVariant number(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column), Qt::UserRole);
}

QString text(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

// Shows the view and waits for its first funnel.
void showAndWait(FunnelView &view)
{
    QSignalSpy shown(&view, &FunnelView::funnelShown);
    view.show();
    REQUIRE(shown.wait(10000));
}

void choosePreset(FunnelView &view, FunnelPeriod::Preset preset)
{
    QSignalSpy shown(&view, &FunnelView::funnelShown);
    QComboBox *presets = view.periodPresets();
    presets->setCurrentIndex(presets->findData(int(preset)));
    emit presets->activated(presets->currentIndex());
    REQUIRE(shown.wait(10000));
}

} // namespace

TEST_CASE("the presets of the funnel period", "[gui][funnel]")
{
    const FunnelPeriod month = FunnelPeriod::of(FunnelPeriod::Preset::ThisMonth, kToday);
    CHECK(month.from == QDate(2026, 11, 1));
    CHECK(month.to == kToday);
    const FunnelPeriod year = FunnelPeriod::of(FunnelPeriod::Preset::Last12Months, kToday);
    CHECK(year.from == QDate(2025, 12, 1));
    CHECK(year.to == kToday);
    const FunnelPeriod all = FunnelPeriod::of(FunnelPeriod::Preset::AllTime, kToday);
    CHECK_FALSE(all.from.isValid());
    CHECK_FALSE(all.to.isValid());
}

TEST_CASE("the funnel view shows the core's numbers for a hand-built history", "[gui][funnel]")
{
    FunnelPage page;
    FunnelView &view = *page.view;
    showAndWait(view);

    // The last twelve months by default: all seven leads.
    CHECK(view.fromEdit()->date() == QDate(2025, 12, 1));
    CHECK(view.toEdit()->date() == kToday);
    CHECK(view.funnel().leads == 7);
    const FunnelStageModel *stages = view.stageModel();
    REQUIRE(stages->rowCount() == 5);
    CHECK(text(stages, 0, FunnelStageModel::StageColumn) == QStringLiteral("認知"));
    CHECK(number(stages, 0, FunnelStageModel::ReachedColumn).toLongLong() == 7);
    CHECK(number(stages, 1, FunnelStageModel::ReachedColumn).toLongLong() == 5);
    CHECK(number(stages, 2, FunnelStageModel::ReachedColumn).toLongLong() == 4);
    CHECK(number(stages, 3, FunnelStageModel::ReachedColumn).toLongLong() == 1);
    CHECK(number(stages, 2, FunnelStageModel::CurrentColumn).toLongLong() == 3);
    CHECK(number(stages, 1, FunnelStageModel::ConversionColumn).toDouble() == Approx(0.8));
    CHECK(text(stages, 0, FunnelStageModel::ConversionColumn) == QStringLiteral("71.4%"));
    CHECK(text(stages, 4, FunnelStageModel::ConversionColumn) == QStringLiteral("—"));
    CHECK(number(stages, 0, FunnelStageModel::LostColumn).toLongLong() == 1);
    CHECK(text(stages, 3, FunnelStageModel::MedianDaysColumn) == QStringLiteral("89.0日"));

    // The chart: cold at the top, the share of the stage above under each later stage (the
    // axis draws its labels as rich text).
    const QStringList labels = view.funnelChart()->stageLabels();
    REQUIRE(labels.size() == 5);
    CHECK(labels.at(0) == QStringLiteral("認知: 7人"));
    CHECK(labels.at(1) == QStringLiteral("関心: 5人<br>前の段階から 71.4%"));
    CHECK(labels.at(3) == QStringLiteral("顧客: 1人<br>前の段階から 25.0%"));

    // Cohorts: January's six leads, one customer now; November's one, none.
    const FunnelCohortModel *cohorts = view.cohortModel();
    REQUIRE(cohorts->rowCount() == 2);
    CHECK(text(cohorts, 0, FunnelCohortModel::MonthColumn) == QStringLiteral("2026年1月"));
    CHECK(number(cohorts, 0, FunnelCohortModel::LeadsColumn).toLongLong() == 6);
    CHECK(number(cohorts, 0, FunnelCohortModel::CustomersColumn).toLongLong() == 1);
    CHECK(text(cohorts, 0, FunnelCohortModel::RateColumn) == QStringLiteral("16.7%"));
    CHECK(number(cohorts, 1, FunnelCohortModel::LeadsColumn).toLongLong() == 1);
    CHECK(number(cohorts, 1, FunnelCohortModel::CustomersColumn).toLongLong() == 0);

    // The trade show (most revenue) comes first on the source chart.
    REQUIRE_FALSE(view.sourceChart()->sourceNames().isEmpty());
    CHECK(view.sourceChart()->sourceNames().at(0) == QStringLiteral("展示会 2026冬"));

    choosePreset(view, FunnelPeriod::Preset::ThisMonth);
    CHECK(view.fromEdit()->date() == QDate(2026, 11, 1));
    CHECK(view.funnel().leads == 1);
    CHECK(number(stages, 1, FunnelStageModel::ReachedColumn).toLongLong() == 1);
    CHECK(cohorts->rowCount() == 1);
}

TEST_CASE("the funnel view filters by source and by dates typed in", "[gui][funnel]")
{
    FunnelPage page;
    FunnelView &view = *page.view;
    showAndWait(view);
    QComboBox *sources = view.sourceFilter();
    REQUIRE(sources->count() == 2); // all, and the one source
    CHECK(sources->itemText(0) == QStringLiteral("すべての経路"));

    QSignalSpy shown(&view, &FunnelView::funnelShown);
    sources->setCurrentIndex(1);
    emit sources->activated(1);
    REQUIRE(shown.wait(10000));
    CHECK(view.funnel().leads == 2);
    CHECK(number(view.stageModel(), 3, FunnelStageModel::ReachedColumn).toLongLong() == 1);
    CHECK(view.summaryText().contains(QStringLiteral("展示会 2026冬")));

    // A typed date makes the period custom; the funnel then sees February as it stood.
    sources->setCurrentIndex(0);
    view.toEdit()->setDate(QDate(2026, 1, 31));
    REQUIRE(shown.wait(10000));
    CHECK(view.periodPresets()->currentData().toInt() == int(FunnelPeriod::Preset::Custom));
    CHECK(view.funnel().leads == 6);
    CHECK(number(view.stageModel(), 3, FunnelStageModel::ReachedColumn).toLongLong() == 0);

    // An end before the start is named, and nothing is counted.
    view.fromEdit()->setDate(QDate(2026, 2, 1));
    CHECK_FALSE(view.isBusy());
    CHECK(view.summaryText().contains(QStringLiteral("期間の終わりが始まりより前です")));
}

TEST_CASE("the funnel counts on a worker thread and the page says so meanwhile", "[gui][funnel]")
{
    FunnelPage page;
    FunnelView &view = *page.view;
    QSignalSpy shown(&view, &FunnelView::funnelShown);
    view.show();
    // show() returned before the numbers: they are counted elsewhere.
    CHECK(view.isBusy());
    CHECK(view.summaryText() == QStringLiteral("ファネルを集計しています…"));
    REQUIRE(shown.wait(10000));
    CHECK_FALSE(view.isBusy());
    CHECK(view.summaryText().startsWith(QStringLiteral("2025年12月1日から2026年11月24日まで")));
}

TEST_CASE("the funnel chart is exported as a PNG image", "[gui][funnel]")
{
    FunnelPage page;
    FunnelView &view = *page.view;
    showAndWait(view);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("funnel.png"));
    REQUIRE(view.exportChart(path));
    const QImage image(path);
    CHECK(image.size() == view.funnelChart()->size() * view.funnelChart()->devicePixelRatio());
    CHECK_FALSE(view.exportChart(dir.filePath(QStringLiteral("missing/folder/funnel.png"))));
}

TEST_CASE("the funnel page saves its summary report as a PDF", "[gui][funnel][report]")
{
    FunnelPage page;
    FunnelView &view = *page.view;
    showAndWait(view);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    REQUIRE(view.saveSummary(path) >= 1);
    const QString text = test::PdfText::squeezed(test::PdfText::read(path).all());
    CHECK(text.contains(QStringLiteral("Funnelsummary")));
    CHECK(text.contains(QStringLiteral("%1").arg(view.funnel().stages.first().reached)));
}

TEST_CASE("the funnel view counts one owner's leads when asked", "[gui][funnel][owners]")
{
    FunnelPage page;
    // A lead of January that a colleague looks after, and reaches warm.
    Contact hers = ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子"));
    hers.owner = QStringLiteral("sato");
    hers.cardExchangedOn = QDate(2026, 1, 12);
    hers.stage = Stage::Warm;
    page.service.add(hers);
    FunnelView &view = *page.view;
    showAndWait(view);
    OwnerChooser *owner = view.ownerFilter();
    CHECK(owner->filter() == OwnerFilter::everyone());
    const qint64 everyone = view.funnel().leads;
    const int sato = owner->findText(QStringLiteral("sato"));
    REQUIRE(sato > 0);

    QSignalSpy shown(&view, &FunnelView::funnelShown);
    owner->setCurrentIndex(sato);
    emit owner->activated(sato);
    REQUIRE(shown.wait(10000));
    CHECK(view.funnel().leads == 1);
    CHECK(view.funnel().filter.owner == QStringLiteral("sato"));
    CHECK(number(view.stageModel(), 1, FunnelStageModel::ReachedColumn).toLongLong() == 1);
    CHECK(view.summaryText().contains(QStringLiteral("sato")));

    owner->setCurrentIndex(0);
    emit owner->activated(0);
    REQUIRE(shown.wait(10000));
    CHECK(view.funnel().leads == everyone);
}
