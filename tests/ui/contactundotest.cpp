#include "agendamodel.h"
#include "agendaview.h"
#include "contactactions.h"
#include "contactbuilder.h"
#include "contactdetailview.h"
#include "contacteditordialog.h"
#include "contactlistmodel.h"
#include "contacts/contactservice.h"
#include "editelsewhere.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "modaldialogaction.h"
#include "nurture/activityservice.h"
#include "nurture/followupservice.h"
#include "nurture/stageservice.h"
#include "schedulefollowupdialog.h"
#include "stagepalette.h"
#include "testdatabase.h"

#include "qtcatch.h"
#include "waituntil.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace kizuna;
using test::ContactBuilder;

namespace {

struct Fixture
{
    test::TestDatabase t;
    ContactService service{t.db(), nullptr};
    qint64 taro = 0;
    qint64 hanako = 0;

    Fixture()
    {
        Contact c = ContactBuilder()
                        .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                        .kana(QStringLiteral("やまだ"), QStringLiteral("たろう"))
                        .company(QStringLiteral("株式会社ひかり電子"))
                        .email(QStringLiteral("taro.yamada@hikari.example.jp"))
                        .stage(Stage::Warm)
                        .tags({QStringLiteral("展示会")});
        c.title = QStringLiteral("課長");
        taro = service.add(c);
        hanako = service.add(ContactBuilder()
                                 .name(QStringLiteral("佐藤"), QStringLiteral("花子"))
                                 .kana(QStringLiteral("さとう"), QStringLiteral("はなこ")));
    }

    /// Selects the contact's row in the window's list.
    static void select(MainWindow &window, qint64 id)
    {
        for (int row = 0; row < window.contactsModel()->rowCount(); ++row) {
            if (window.contactsModel()->contactAt(row).id == id) {
                window.contactsView()->selectionModel()->setCurrentIndex(
                    window.contactsModel()->index(row, 0),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        FAIL("the contact is not in the list");
    }
};

} // namespace

TEST_CASE("an edit in the editor is undone and redone, each state back in the database",
          "[gui][undo][editor]")
{
    Fixture f;
    MainWindow window(f.service, f.t.path());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    Fixture::select(window, f.taro);
    ContactActions *actions = window.contactActions();
    CHECK_FALSE(actions->undoAction()->isEnabled());

    test::ModalDialogAction edit([](QDialog *opened) {
        auto *dialog = qobject_cast<ContactEditorDialog *>(opened);
        CHECK(dialog != nullptr);
        if (!dialog)
            return;
        dialog->field(QStringLiteral("title"))->setText(QStringLiteral("部長"));
        dialog->field(QStringLiteral("email"))
            ->setText(QStringLiteral("t.yamada@hikari.example.jp"));
        dialog->tagsField()->setText(QStringLiteral("展示会, VIP"));
        dialog->okButton()->click();
    });
    // F2 on the list, as the user would.
    window.contactsView()->setFocus();
    QTest::keyClick(window.contactsView(), Qt::Key_F2);
    REQUIRE(edit.done());
    const auto check = [&](const QString &title, const QString &email, const QStringList &tags) {
        const Contact stored = f.service.get(f.taro);
        CHECK(stored.title == title);
        CHECK(stored.email == email);
        QStringList storedTags = stored.tags;
        storedTags.sort();
        QStringList expected = tags;
        expected.sort();
        CHECK(storedTags == expected);
        CHECK(window.detailView()->fieldText(QStringLiteral("title")) == title);
    };
    const QString newMail = QStringLiteral("t.yamada@hikari.example.jp");
    const QString oldMail = QStringLiteral("taro.yamada@hikari.example.jp");
    check(QStringLiteral("部長"), newMail, {QStringLiteral("展示会"), QStringLiteral("VIP")});
    REQUIRE(actions->undoAction()->isEnabled());
    CHECK(actions->undoAction()->text().contains(QStringLiteral("山田 太郎")));

    actions->undoAction()->trigger();
    check(QStringLiteral("課長"), oldMail, {QStringLiteral("展示会")});
    CHECK(actions->redoAction()->isEnabled());
    CHECK(actions->redoAction()->text().contains(QStringLiteral("山田 太郎")));

    actions->redoAction()->trigger();
    check(QStringLiteral("部長"), newMail, {QStringLiteral("展示会"), QStringLiteral("VIP")});

    SECTION("a later change to another field survives the undo")
    {
        test::editElsewhere(f.t.path(), f.taro,
                            [](Contact &c) { c.department = QStringLiteral("営業部"); });
        actions->undoAction()->trigger();
        const Contact stored = f.service.get(f.taro);
        CHECK(stored.title == QStringLiteral("課長"));
        CHECK(stored.department == QStringLiteral("営業部"));
    }
    SECTION("a later change to the same field makes the undo refuse, and the step goes")
    {
        test::editElsewhere(f.t.path(), f.taro,
                            [](Contact &c) { c.title = QStringLiteral("取締役"); });

        test::ModalAnswer ok(QMessageBox::Ok);
        actions->undoAction()->trigger();
        REQUIRE(test::waitUntil([&] { return ok.answered(); }));
        CHECK(ok.question().contains(QStringLiteral("別のウィンドウ")));
        CHECK(f.service.get(f.taro).title == QStringLiteral("取締役"));
        CHECK(actions->undoStack()->count() == 0);
        CHECK_FALSE(actions->undoAction()->isEnabled());
    }
}

TEST_CASE("a stage picked on the card is undone without a step left in the history",
          "[gui][undo][stage]")
{
    Fixture f;
    MainWindow window(f.service, f.t.path());
    window.show();
    Fixture::select(window, f.taro);
    const int steps = int(StageService(f.t.db(), f.service.today()).history(f.taro).size());
    QComboBox *stage = window.detailView()->stageCombo();
    REQUIRE(stage->currentData().toInt() == int(Stage::Warm));

    const int hot = stage->findData(int(Stage::Hot));
    stage->setCurrentIndex(hot);
    emit stage->activated(hot);
    CHECK(f.service.get(f.taro).stage == Stage::Hot);
    CHECK(StageService(f.t.db(), f.service.today()).history(f.taro).size() == steps + 1);
    CHECK(window.contactActions()->undoAction()->text().contains(stage->itemText(hot)));

    window.contactActions()->undoAction()->trigger();
    CHECK(f.service.get(f.taro).stage == Stage::Warm);
    CHECK(StageService(f.t.db(), f.service.today()).history(f.taro).size() == steps);
    CHECK(window.detailView()->stageCombo()->currentData().toInt() == int(Stage::Warm));

    window.contactActions()->redoAction()->trigger();
    CHECK(f.service.get(f.taro).stage == Stage::Hot);
}

TEST_CASE("adding and removing a tag are undone", "[gui][undo][tags]")
{
    Fixture f;
    MainWindow window(f.service, f.t.path());
    window.show();
    ContactActions *actions = window.contactActions();

    REQUIRE(actions->addTag(f.taro, QStringLiteral("VIP")));
    CHECK(f.service.get(f.taro).tags.contains(QStringLiteral("VIP")));
    // A tag the person has already is no step.
    CHECK_FALSE(actions->addTag(f.taro, QStringLiteral("VIP")));
    actions->undoAction()->trigger();
    CHECK_FALSE(f.service.get(f.taro).tags.contains(QStringLiteral("VIP")));

    REQUIRE(actions->removeTag(f.taro, QStringLiteral("展示会")));
    CHECK(f.service.get(f.taro).tags.isEmpty());
    actions->undoAction()->trigger();
    CHECK(f.service.get(f.taro).tags == QStringList{QStringLiteral("展示会")});
    actions->redoAction()->trigger();
    CHECK(f.service.get(f.taro).tags.isEmpty());
}

TEST_CASE("Delete on the list moves the person to the trash and undo brings them back",
          "[gui][undo][trash]")
{
    Fixture f;
    MainWindow window(f.service, f.t.path());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.contactsModel()->rowCount() == 2);
    Fixture::select(window, f.taro);
    window.contactsView()->setFocus();
    QTest::keyClick(window.contactsView(), Qt::Key_Delete);

    CHECK(f.service.get(f.taro).deletedAt.isValid());
    CHECK(window.contactsModel()->rowCount() == 1);
    CHECK(window.contactsModel()->contactAt(0).id == f.hanako);
    // The row that took its place is selected and on the card.
    CHECK(window.selectedContactId() == f.hanako);
    CHECK(window.detailView()->fieldText(QStringLiteral("name")) == QStringLiteral("佐藤 花子"));

    window.contactActions()->undoAction()->trigger();
    CHECK_FALSE(f.service.get(f.taro).deletedAt.isValid());
    CHECK(window.contactsModel()->rowCount() == 2);
}

TEST_CASE("a follow-up done on the agenda is undone: touch gone, open again, next one removed",
          "[gui][undo][agenda]")
{
    Fixture f;
    const QDate today = QDate::currentDate();
    FollowUpService followUps(f.t.db(), today);
    FollowUp call;
    call.contactId = f.taro;
    call.dueOn = today;
    call.purpose = QStringLiteral("見積もりの確認");
    const qint64 id = followUps.add(call);
    MainWindow window(f.service, f.t.path());
    window.show();
    AgendaView *agenda = window.agendaView();
    agenda->selectFirst(AgendaModel::TodaySection);
    REQUIRE(agenda->selectedItem() != nullptr);
    REQUIRE(agenda->selectedItem()->followUp.id == id);

    REQUIRE(agenda->completeSelected(Channel::Phone, Outcome::Interested, QStringLiteral("前向き"),
                                     {FollowUpService::Next::Mode::On, today.addDays(10)}));
    ActivityService activities(f.t.db(), today);
    REQUIRE(activities.list(f.taro).size() == 1);
    CHECK(followUps.get(id).status == FollowUpStatus::Done);
    const QList<FollowUp> next = followUps.list(f.taro, FollowUpStatus::Open);
    REQUIRE(next.size() == 1);
    CHECK(next.at(0).dueOn == today.addDays(10));
    CHECK(window.contactActions()->undoAction()->text().contains(QStringLiteral("山田 太郎")));

    window.contactActions()->undoAction()->trigger();
    CHECK(activities.list(f.taro).isEmpty());
    CHECK(followUps.get(id).status == FollowUpStatus::Open);
    const QList<FollowUp> open = followUps.list(f.taro, FollowUpStatus::Open);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).id == id);
    // The agenda shows it again.
    CHECK(agenda->model()->count(AgendaModel::TodaySection) == 1);

    window.contactActions()->redoAction()->trigger();
    CHECK(activities.list(f.taro).size() == 1);
    CHECK(followUps.get(id).status == FollowUpStatus::Done);
    CHECK(followUps.list(f.taro, FollowUpStatus::Open).size() == 1);
    window.contactActions()->undoAction()->trigger();
    CHECK(activities.list(f.taro).isEmpty());
    CHECK(followUps.get(id).status == FollowUpStatus::Open);
}

TEST_CASE("the card's Confirm reading clears a guessed reading", "[gui][window]")
{
    Fixture f;
    Contact guessed = ContactBuilder()
                          .name(QStringLiteral("高橋"), QStringLiteral("誠"))
                          .kana(QStringLiteral("たかはし"), QStringLiteral("まこと"));
    guessed.readingGuessed = true;
    const qint64 id = f.service.add(guessed);
    MainWindow window(f.service, f.t.path());
    window.show();
    Fixture::select(window, id);
    QPushButton *confirm = window.detailView()->confirmReadingButton();
    REQUIRE(confirm->isVisible());
    confirm->click();
    CHECK_FALSE(f.service.get(id).readingGuessed);
    CHECK_FALSE(window.detailView()->confirmReadingButton()->isVisible());
    CHECK(window.detailView()->fieldText(QStringLiteral("reading")) ==
          QStringLiteral("たかはし まこと"));
}

TEST_CASE("Return and a double-click on a row open the editor on that person", "[gui][editor]")
{
    Fixture f;
    MainWindow window(f.service, f.t.path());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    Fixture::select(window, f.hanako);
    QString opened;
    const auto look = [&opened](QDialog *dialog) {
        if (auto *editor = qobject_cast<ContactEditorDialog *>(dialog))
            opened = editor->field(QStringLiteral("family_name"))->text();
        dialog->reject();
    };
    {
        test::ModalDialogAction cancel(look);
        window.contactsView()->setFocus();
        QTest::keyClick(window.contactsView(), Qt::Key_Return);
        CHECK(cancel.done());
    }
    CHECK(opened == QStringLiteral("佐藤"));
    opened.clear();
    Fixture::select(window, f.taro);
    {
        test::ModalDialogAction cancel(look);
        QTableView *table = window.contactsView();
        const QRect cell = table->visualRect(table->currentIndex());
        // Qt sends a press and release before the double-click, as a real mouse does.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        CHECK(cancel.done());
    }
    CHECK(opened == QStringLiteral("山田"));
    // Cancelled: nothing to undo.
    CHECK_FALSE(window.contactActions()->undoAction()->isEnabled());
}

TEST_CASE("several selected rows change stage in one step, and one undo restores each",
          "[gui][undo][bulk]")
{
    Fixture f;
    MainWindow window(f.service, f.t.path());
    window.show();
    const int taroSteps = int(StageService(f.t.db(), f.service.today()).history(f.taro).size());
    const int hanakoSteps = int(StageService(f.t.db(), f.service.today()).history(f.hanako).size());
    Fixture::select(window, f.taro);
    QItemSelectionModel *selection = window.contactsView()->selectionModel();
    for (int row = 0; row < window.contactsModel()->rowCount(); ++row)
        if (window.contactsModel()->contactAt(row).id == f.hanako)
            selection->select(window.contactsModel()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *change = window.findChild<QAction *>(QStringLiteral("changeStageAction"));
    REQUIRE(change);
    REQUIRE(change->isEnabled());
    // The same action is on the list's context menu.
    CHECK(window.contactsView()->contextMenuPolicy() == Qt::ActionsContextMenu);
    CHECK(window.contactsView()->actions().contains(change));
    auto *stack = window.findChild<QUndoStack *>();
    REQUIRE(stack);
    const int index = stack->index();

    // Picks hot in the stage dialog the action opens.
    const auto changeToHot = [change] {
        test::ModalDialogAction pick([](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            REQUIRE(input);
            input->setTextValue(StagePalette::label(Stage::Hot));
            input->accept();
        });
        change->trigger();
        return pick.done();
    };
    CHECK(changeToHot());

    CHECK(stack->index() == index + 1);
    CHECK(f.service.get(f.taro).stage == Stage::Hot);
    CHECK(f.service.get(f.hanako).stage == Stage::Hot);
    CHECK(StageService(f.t.db(), f.service.today()).history(f.taro).size() == taroSteps + 1);
    CHECK(StageService(f.t.db(), f.service.today()).history(f.hanako).size() == hanakoSteps + 1);

    stack->undo();
    CHECK(f.service.get(f.taro).stage == Stage::Warm);
    CHECK(f.service.get(f.hanako).stage == Stage::Cold);
    CHECK(StageService(f.t.db(), f.service.today()).history(f.taro).size() == taroSteps);
    CHECK(StageService(f.t.db(), f.service.today()).history(f.hanako).size() == hanakoSteps);

    // Both at hot again: picking hot a second time moves nobody and leaves no step to undo.
    stack->redo();
    REQUIRE(stack->index() == index + 1);
    CHECK(changeToHot());
    CHECK(stack->index() == index + 1);
    CHECK(stack->count() == index + 1);
    CHECK(StageService(f.t.db(), f.service.today()).history(f.taro).size() == taroSteps + 1);
}

TEST_CASE("a follow-up for each selected row in one step, and one undo takes them all back",
          "[gui][undo][bulk]")
{
    Fixture f;
    MainWindow window(f.service, f.t.path());
    window.show();
    FollowUpService followUps(f.t.db(), f.service.today());
    const auto open = [&](qint64 id) {
        return followUps.list(id, FollowUpStatus::Open).size();
    };
    const auto taroBefore = open(f.taro);
    const auto hanakoBefore = open(f.hanako);
    Fixture::select(window, f.taro);
    for (int row = 0; row < window.contactsModel()->rowCount(); ++row)
        if (window.contactsModel()->contactAt(row).id == f.hanako)
            window.contactsView()->selectionModel()->select(window.contactsModel()->index(row, 0),
                                                            QItemSelectionModel::Select |
                                                                QItemSelectionModel::Rows);
    auto *schedule = window.findChild<QAction *>(QStringLiteral("scheduleFollowUpsAction"));
    REQUIRE(schedule);
    REQUIRE(schedule->isEnabled());
    auto *stack = window.findChild<QUndoStack *>();
    REQUIRE(stack);

    test::ModalDialogAction fill([](QDialog *dialog) {
        auto *form = qobject_cast<ScheduleFollowUpDialog *>(dialog);
        REQUIRE(form);
        form->purposeField()->setText(QStringLiteral("展示会のお礼"));
        form->accept();
    });
    schedule->trigger();
    CHECK(fill.done());
    CHECK(open(f.taro) == taroBefore + 1);
    CHECK(open(f.hanako) == hanakoBefore + 1);

    stack->undo();
    CHECK(open(f.taro) == taroBefore);
    CHECK(open(f.hanako) == hanakoBefore);
}
