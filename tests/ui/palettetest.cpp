#include "chartpalette.h"
#include "darkpalette.h"
#include "funnelchartview.h"
#include "funnelstagemodel.h"
#include "stagepalette.h"
#include "themecolours.h"

#include "qtcatch.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QStyle>

using namespace kizuna;

namespace {

// WCAG AA for body text.
constexpr double kReadable = 4.5;

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

// Puts the application's palette back when a test that changed it ends.
class ApplicationPalette final
{
public:
    explicit ApplicationPalette(const QPalette &palette)
        : m_before(QApplication::palette())
    {
        QApplication::setPalette(palette);
    }
    ~ApplicationPalette() { QApplication::setPalette(m_before); }
    ApplicationPalette(const ApplicationPalette &) = delete;
    ApplicationPalette &operator=(const ApplicationPalette &) = delete;

private:
    QPalette m_before;
};

Funnel threeStages()
{
    Funnel funnel;
    funnel.leads = 100;
    for (const auto &[stage, reached] :
         {std::pair{Stage::Cold, 100}, std::pair{Stage::Warm, 40}, std::pair{Stage::Hot, 10}}) {
        FunnelStage s;
        s.stage = stage;
        s.reached = reached;
        funnel.stages.append(s);
    }
    return funnel;
}

} // namespace

TEST_CASE("the test palettes are one light and one dark", "[gui][palette]")
{
    CHECK_FALSE(ThemeColours::isDark(lightPalette()));
    CHECK(ThemeColours::isDark(DarkPalette::fusion()));
    CHECK(ThemeColours::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(ThemeColours::contrastRatio(Qt::red, Qt::red) == Approx(1.0));
}

TEST_CASE("stage cells stay readable under a light and a dark palette", "[gui][palette]")
{
    const bool dark = GENERATE(false, true);
    const QPalette palette = dark ? DarkPalette::fusion() : lightPalette();
    CAPTURE(dark);
    for (const Stage stage : allStages()) {
        CAPTURE(stageKey(stage));
        const QColor fill = StagePalette::background(stage, palette);
        CHECK(ThemeColours::contrastRatio(StagePalette::foreground(stage, palette), fill) >=
              kReadable);
        // Lists that colour only the cell (the contact list) draw the palette's own text.
        CHECK(ThemeColours::contrastRatio(palette.color(QPalette::Text), fill) >= kReadable);
        // A stage still reads as its colour: no two stages share a background.
        for (const Stage other : allStages())
            if (other != stage)
                CHECK(StagePalette::background(other, palette) != fill);
    }
    for (const QColor &tone : {ThemeColours::negative(palette), ThemeColours::caution(palette),
                               ThemeColours::muted(palette)})
        CHECK(ThemeColours::contrastRatio(tone, palette.color(QPalette::Base)) >= kReadable);
}

TEST_CASE("a model's stage colours follow the application's palette", "[gui][palette]")
{
    FunnelStageModel model;
    model.setFunnel(threeStages());
    const QModelIndex hot = model.index(2, FunnelStageModel::StageColumn);
    const QColor lightFill = model.data(hot, Qt::BackgroundRole).value<QColor>();
    QColor darkFill;
    {
        const ApplicationPalette dark(DarkPalette::fusion());
        darkFill = model.data(hot, Qt::BackgroundRole).value<QColor>();
        const QColor text = model.data(hot, Qt::ForegroundRole).value<QColor>();
        CHECK(ThemeColours::contrastRatio(text, darkFill) >= kReadable);
        CHECK(ThemeColours::contrastRatio(QApplication::palette().color(QPalette::Text),
                                          darkFill) >= kReadable);
    }
    // The light palette's pastel is too bright for light text; the dark one's shade too deep
    // for dark text.
    CHECK(lightFill.lightness() > 200);
    CHECK(darkFill.lightness() < 100);
    CHECK(model.data(hot, Qt::BackgroundRole).value<QColor>() == lightFill);
}

TEST_CASE("the funnel chart's theme follows the window's palette", "[gui][palette]")
{
    FunnelChartView view;
    view.setFunnel(threeStages());
    CHECK(view.chart()->theme() == QChart::ChartThemeLight);
    CHECK(ChartPalette::theme(view.palette()) == QChart::ChartThemeLight);

    view.setPalette(DarkPalette::fusion());
    QChart *chart = view.chart();
    CHECK(chart->theme() == QChart::ChartThemeDark);
    CHECK(chart->backgroundBrush().color() == DarkPalette::fusion().color(QPalette::Base));
    CHECK(ThemeColours::contrastRatio(chart->titleBrush().color(),
                                      chart->backgroundBrush().color()) >= kReadable);
    // The theme is set before the series are added: the bars keep their stage colours.
    const auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().value(0));
    REQUIRE(series);
    REQUIRE(series->count() == 4); // the transparent pad and one set a stage
    CHECK(series->barSets().at(1)->color() == StagePalette::accent(Stage::Cold));
    CHECK(series->barSets().at(3)->color() == StagePalette::accent(Stage::Hot));

    view.setPalette(lightPalette());
    CHECK(view.chart()->theme() == QChart::ChartThemeLight);
}

TEST_CASE("a dark application palette reaches the charts", "[gui][palette]")
{
    const ApplicationPalette dark(DarkPalette::fusion());
    FunnelChartView view;
    view.setFunnel(threeStages());
    CHECK(view.chart()->theme() == QChart::ChartThemeDark);
}
