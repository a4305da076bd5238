#include "contactpane.h"
#include "agendamodel.h"
#include "agendaview.h"
#include "channellabel.h"
#include "contactactions.h"
#include "contactbuilder.h"
#include "contactdetailview.h"
#include "contacts/contactservice.h"
#include "dealtablemodel.h"
#include "logtouchdialog.h"
#include "mainwindow.h"
#include "modaldialogaction.h"
#include "nurture/activityservice.h"
#include "nurture/dealservice.h"
#include "nurture/followupservice.h"
#include "nurture/scorekeeper.h"
#include "nurture/stageservice.h"
#include "openfollowupmodel.h"
#include "outcomelabel.h"
#include "schedulefollowupdialog.h"
#include "scoreexplanationmodel.h"
#include "stagehistorymodel.h"
#include "stagepalette.h"
#include "storage/timelinerepository.h"
#include "testdatabase.h"
#include "timelinemodel.h"

#include "qtcatch.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace kizuna;
using test::ContactBuilder;

namespace {

const QDate kToday(2026, 11, 24); // a Tuesday

// A warm lead met at a trade show, moved on to hot, with a call logged, a follow-up open
// and a deal in the works: something in every section of the pane.
struct Fixture
{
    test::TestDatabase t;
    ContactService service{t.db(), nullptr};
    qint64 aoki = 0;
    qint64 followUp = 0;

    Fixture()
    {
        service.setToday(kToday);
        Contact card = ContactBuilder()
                           .name(QStringLiteral("青木"), QStringLiteral("一郎"))
                           .company(QStringLiteral("株式会社青葉精機"))
                           .email(QStringLiteral("aoki@aoba-seiki.example.jp"))
                           .phone(QStringLiteral("03-1234-5678"))
                           .stage(Stage::Warm);
        card.title = QStringLiteral("営業部長");
        aoki = service.add(card);
        StageService(t.db(), kToday).set({aoki}, Stage::Hot, QStringLiteral("見積もり依頼"));
        Activity call;
        call.contactId = aoki;
        call.occurredAt = QDateTime(QDate(2026, 11, 18), QTime(10, 30));
        call.channel = Channel::Phone;
        call.direction = Direction::Inbound;
        call.summary = QStringLiteral("価格について問い合わせ");
        call.outcome = Outcome::Interested;
        ActivityService(t.db(), kToday).log(call);
        FollowUp f;
        f.contactId = aoki;
        f.dueOn = kToday; // before the cadence's own follow-up: the soonest
        f.channel = Channel::Visit;
        f.purpose = QStringLiteral("見積もりの説明");
        followUp = FollowUpService(t.db(), kToday).add(f);
        Deal deal;
        deal.contactId = aoki;
        deal.title = QStringLiteral("検査装置 1台");
        deal.amount = 2400000;
        DealService(t.db(), kToday).add(deal);
    }

    QList<FollowUp> open()
    {
        return FollowUpService(t.db(), kToday).list(aoki, FollowUpStatus::Open);
    }
};

// The words the windows show, in the language the tests run in.
QString shown(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

QString step(Stage from, Stage to)
{
    return StagePalette::label(from) + QStringLiteral(" → ") + StagePalette::label(to);
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

} // namespace

TEST_CASE("the contact pane shows the stage history, follow-ups, deals, score and timeline",
          "[gui][pane]")
{
    Fixture f;
    ContactPane pane(f.service, NameOrder::FamilyFirst);
    pane.detailView()->setContact(f.service.get(f.aoki));

    // The steps newest first, named by the stages.
    const StageHistoryModel &stages = *pane.stageHistoryModel();
    REQUIRE(stages.rowCount() == 2);
    CHECK(stages.index(0, StageHistoryModel::StepColumn).data().toString() ==
          step(Stage::Warm, Stage::Hot));
    CHECK(stages.index(0, StageHistoryModel::NoteColumn).data().toString() ==
          QStringLiteral("見積もり依頼"));
    CHECK(
        stages.index(1, StageHistoryModel::StepColumn).data().toString() ==
        shown("kizuna::StageHistoryModel", "entered as %1").arg(StagePalette::label(Stage::Warm)));

    const OpenFollowUpModel &followUps = *pane.followUpModel();
    REQUIRE(followUps.rowCount() == f.open().size());
    CHECK(column(followUps, OpenFollowUpModel::PurposeColumn)
              .contains(QStringLiteral("見積もりの説明")));

    const DealTableModel &deals = *pane.dealModel();
    REQUIRE(deals.rowCount() == 1);
    CHECK(deals.index(0, DealTableModel::TitleColumn).data().toString() ==
          QStringLiteral("検査装置 1台"));
    CHECK(deals.index(0, DealTableModel::AmountColumn)
              .data()
              .toString()
              .contains(QStringLiteral("2,400,000")));

    // The points core counts, each with its reason, adding up to the heading's score.
    const ScoreExplanation explained = ScoreKeeper(f.t.db()).explain(f.aoki, kToday);
    const ScoreExplanationModel &score = *pane.scoreModel();
    CHECK(score.score() == explained.score);
    REQUIRE(score.rowCount() == explained.points.size());
    CHECK(score.index(0, ScoreExplanationModel::ReasonColumn).data().toString() ==
          explained.points.first().reason);
    CHECK(score.index(0, ScoreExplanationModel::PointsColumn).data().toString() ==
          QStringLiteral("+%1").arg(explained.points.first().points));
    CHECK(pane.scoreHeading()->text().contains(QString::number(explained.score)));

    // Everything core's timeline holds, newest first: the inbound call, the deal, the steps.
    const TimelineModel &timeline = *pane.timelineModel();
    REQUIRE(timeline.rowCount() == TimelineRepository(f.t.db()).forContact(f.aoki).size());
    const QStringList details = column(timeline, TimelineModel::DetailsColumn);
    CHECK(details.contains(shown("kizuna::TimelineModel", "%1 (%2)")
                               .arg(QStringLiteral("価格について問い合わせ"),
                                    OutcomeLabel::text(Outcome::Interested))));
    CHECK(
        details.contains(shown("kizuna::TimelineModel", "%1: %2")
                             .arg(step(Stage::Warm, Stage::Hot), QStringLiteral("見積もり依頼"))));
    CHECK(column(timeline, TimelineModel::WhatColumn)
              .contains(shown("kizuna::TimelineModel", "%1 from them")
                            .arg(ChannelLabel::text(Channel::Phone))));
    for (int row = 1; row < timeline.rowCount(); ++row)
        CHECK(timeline.entryAt(row - 1).at >= timeline.entryAt(row).at);

    // The tabs count what they hold.
    QTabWidget &tabs = *pane.detailView()->tabs();
    CHECK(tabs.tabText(1) ==
          shown("kizuna::ContactPane", "Follow-ups (%1)").arg(followUps.rowCount()));
    CHECK(tabs.tabText(2) == shown("kizuna::ContactPane", "Deals (%1)").arg(1));

    // Nobody shown: nothing listed.
    pane.detailView()->setContact(std::nullopt);
    CHECK(pane.timelineModel()->rowCount() == 0);
    CHECK(pane.followUpModel()->rowCount() == 0);
    CHECK_FALSE(pane.logTouchButton()->isEnabled());
}

TEST_CASE("a touch logged from the pane in two clicks goes on the timeline", "[gui][pane]")
{
    Fixture f;
    ContactPane pane(f.service, NameOrder::FamilyFirst);
    pane.show();
    pane.detailView()->setContact(f.service.get(f.aoki));
    // As the window does after every change: the contact is shown again, read afresh.
    QObject::connect(&pane, &ContactPane::changed,
                     [&] { pane.detailView()->setContact(f.service.get(f.aoki)); });
    const int before = pane.timelineModel()->rowCount();
    QDate proposed;
    bool done = false;
    test::ModalDialogAction log([&](QDialog *opened) {
        auto *dialog = qobject_cast<LogTouchDialog *>(opened);
        REQUIRE(dialog != nullptr);
        // Filled in: the next follow-up's channel, now, and the cadence's next day shown.
        CHECK(dialog->channelBox()->currentText() == ChannelLabel::text(Channel::Visit));
        CHECK(dialog->whenEdit()->date() == kToday);
        proposed = FollowUpService(f.t.db(), kToday).proposedNext(f.aoki);
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("proposal"))
                  ->text()
                  .contains(QString::number(proposed.day())));
        dialog->summaryField()->setText(QStringLiteral("訪問日程を相談"));
        dialog->outcomeBox()->setCurrentIndex(
            dialog->outcomeBox()->findData(static_cast<int>(Outcome::None)));
        dialog->accept();
        done = true;
    });
    QSignalSpy changed(&pane, &ContactPane::changed);
    pane.logTouchButton()->click();
    REQUIRE(done);
    CHECK(changed.count() == 1);
    REQUIRE(pane.timelineModel()->rowCount() == before + 1);
    // Logged now: the newest line.
    CHECK(pane.timelineModel()->index(0, TimelineModel::DetailsColumn).data().toString() ==
          QStringLiteral("訪問日程を相談"));
    CHECK(pane.timelineModel()->index(0, TimelineModel::WhatColumn).data().toString() ==
          ChannelLabel::text(Channel::Visit));
    const QList<Activity> touches = ActivityService(f.t.db(), kToday).list(f.aoki);
    REQUIRE_FALSE(touches.isEmpty());
    CHECK(touches.first().summary == QStringLiteral("訪問日程を相談"));
}

TEST_CASE("a follow-up scheduled from the pane is open on the card and on the agenda",
          "[gui][pane]")
{
    Fixture f;
    MainWindow window(f.service, f.t.path());
    window.show();
    window.showContact(f.aoki);
    ContactPane &pane = *window.contactPane();
    REQUIRE(pane.detailView()->contactId() == f.aoki);
    const int before = pane.followUpModel()->rowCount();

    bool done = false;
    test::ModalDialogAction schedule([&](QDialog *opened) {
        auto *dialog = qobject_cast<ScheduleFollowUpDialog *>(opened);
        REQUIRE(dialog != nullptr);
        CHECK_FALSE(dialog->purposeField()->text().isEmpty());
        dialog->dayEdit()->setDate(kToday);
        dialog->purposeField()->setText(QStringLiteral("カタログを送る"));
        dialog->accept();
        done = true;
    });
    pane.scheduleButton()->click();
    REQUIRE(done);
    REQUIRE(pane.followUpModel()->rowCount() == before + 1);
    // On the day and the channel asked for (the next follow-up's, filled in).
    const OpenFollowUpModel &open = *pane.followUpModel();
    const int row = int(
        column(open, OpenFollowUpModel::PurposeColumn).indexOf(QStringLiteral("カタログを送る")));
    REQUIRE(row >= 0);
    CHECK(open.followUpAt(row).dueOn == kToday);
    CHECK(open.followUpAt(row).channel == Channel::Visit);

    AgendaModel &agenda = *window.agendaView()->model();
    const QModelIndex today = agenda.sectionIndex(AgendaModel::TodaySection);
    while (agenda.canFetchMore(today))
        agenda.fetchMore(today);
    QStringList purposes;
    for (int row = 0; row < agenda.rowCount(today); ++row)
        purposes.append(agenda.itemAt(agenda.index(row, 0, today))->followUp.purpose);
    CHECK(purposes.contains(QStringLiteral("カタログを送る")));
}

TEST_CASE("a follow-up done from the pane schedules the next by the cadence, and undo takes "
          "it back",
          "[gui][pane][undo]")
{
    Fixture f;
    MainWindow window(f.service, f.t.path());
    window.show();
    window.showContact(f.aoki);
    ContactPane &pane = *window.contactPane();
    const QList<FollowUp> before = f.open();
    REQUIRE(pane.followUpModel()->rowCount() == before.size());
    REQUIRE(pane.markDoneButton()->isEnabled()); // the soonest is selected
    const qint64 selected = pane.followUpModel()->followUpAt(0).id;
    CHECK(selected == f.followUp);

    const QDate proposed = FollowUpService(f.t.db(), kToday).proposedNext(f.aoki);
    REQUIRE(proposed.isValid());
    REQUIRE(pane.completeSelected(Channel::Visit, Outcome::MeetingBooked,
                                  QStringLiteral("説明済み、来月に発注"),
                                  {FollowUpService::Next::Mode::Cadence, {}}));
    // Done, and the cadence's follow-up is what is open now: on the card and in core.
    const QList<FollowUp> after = f.open();
    CHECK(FollowUpService(f.t.db(), kToday).get(f.followUp).status == FollowUpStatus::Done);
    REQUIRE(after.size() == 1);
    CHECK(after.first().cadence);
    CHECK(after.first().dueOn == proposed);
    REQUIRE(pane.followUpModel()->rowCount() == 1);
    CHECK(pane.followUpModel()->followUpAt(0).dueOn == proposed);
    const QString logged = shown("kizuna::TimelineModel", "%1 (%2)")
                               .arg(QStringLiteral("説明済み、来月に発注"),
                                    OutcomeLabel::text(Outcome::MeetingBooked));
    CHECK(pane.timelineModel()->index(0, TimelineModel::DetailsColumn).data().toString() == logged);

    QUndoStack &stack = *window.contactActions()->undoStack();
    REQUIRE(stack.canUndo());
    CHECK(stack.undoText().contains(QStringLiteral("青木")));
    stack.undo();
    // The follow-up is open again and the one the cadence made is gone, the card following.
    QList<qint64> ids;
    for (const FollowUp &open : f.open())
        ids.append(open.id);
    QList<qint64> expected;
    for (const FollowUp &open : before)
        expected.append(open.id);
    CHECK(ids == expected);
    REQUIRE(pane.followUpModel()->rowCount() == before.size());
    CHECK(pane.followUpModel()->followUpAt(0).id == f.followUp);
    CHECK_FALSE(column(*pane.timelineModel(), TimelineModel::DetailsColumn).contains(logged));
}
