#include "agendaview.h"
#include "agendamodel.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "markdonedialog.h"
#include "nurture/activityservice.h"
#include "nurture/followupservice.h"
#include "ownerchooser.h"
#include "report/reportwriter.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPrinter>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace kizuna;
using test::ContactBuilder;

namespace {

const QDate kToday(2026, 11, 24); // a Tuesday

struct Fixture
{
    test::TestDatabase t;
    qint64 aoki = 0;
    qint64 ueda = 0;
    qint64 late = 0;
    qint64 today = 0;

    Fixture()
    {
        ContactService contacts(t.db(), nullptr);
        contacts.setToday(kToday);
        aoki = contacts.add(ContactBuilder()
                                .name(QStringLiteral("青木"), QStringLiteral("一郎"))
                                .stage(Stage::Warm));
        ueda = contacts.add(ContactBuilder()
                                .name(QStringLiteral("上田"), QStringLiteral("花子"))
                                .stage(Stage::Hot));
        FollowUpService service(t.db(), kToday);
        FollowUp f;
        f.contactId = aoki;
        f.dueOn = QDate(2026, 11, 20);
        f.channel = Channel::Phone;
        f.purpose = QStringLiteral("見積もりの確認");
        late = service.add(f);
        f.dueOn = kToday;
        f.purpose = QStringLiteral("訪問の日程");
        today = service.add(f);
    }

    QList<FollowUp> open(qint64 contactId)
    {
        return FollowUpService(t.db(), kToday).list(contactId, FollowUpStatus::Open);
    }
};

} // namespace

TEST_CASE("the agenda is counted when its page is first shown, not when it is built",
          "[gui][agenda]")
{
    Fixture f;
    AgendaView view(f.t.db(), kToday, NameOrder::FamilyFirst);
    // The model itself: view.model() counts it, for callers that want the agenda now.
    auto *found = view.findChild<AgendaModel *>();
    REQUIRE(found != nullptr);
    AgendaModel &model = *found;
    CHECK_FALSE(model.isCounted());
    CHECK(view.treeView()->model()->rowCount() == 0);
    // A change before anyone looked is counted when they do, as it is then.
    FollowUp more;
    more.contactId = f.ueda;
    more.dueOn = kToday;
    more.channel = Channel::Email;
    more.purpose = QStringLiteral("資料の送付");
    FollowUpService(f.t.db(), kToday).add(more);
    view.reload();
    CHECK_FALSE(model.isCounted());

    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(model.isCounted());
    const QModelIndex today = model.sectionIndex(AgendaModel::TodaySection);
    CHECK(view.treeView()->isExpanded(today));
    CHECK(model.count(AgendaModel::TodaySection) == 2);
    CHECK(model.count(AgendaModel::OverdueSection) == 1);
    CHECK(model.rowCount(today) == 2);
}

TEST_CASE("marking a follow-up done logs the touch and schedules the next", "[gui][agenda]")
{
    Fixture f;
    AgendaView view(f.t.db(), kToday, NameOrder::FamilyFirst);
    view.show();
    CHECK_FALSE(view.markDoneAction()->isEnabled());
    view.selectFirst(AgendaModel::OverdueSection);
    REQUIRE(view.selectedItem() != nullptr);
    CHECK(view.selectedItem()->followUp.id == f.late);
    CHECK(view.markDoneAction()->isEnabled());
    CHECK_FALSE(view.scheduleAction()->isEnabled());

    QSignalSpy changed(&view, &AgendaView::agendaChanged);
    REQUIRE(view.completeSelected(Channel::Email, Outcome::Interested,
                                  QStringLiteral("見積もりを送付"),
                                  {FollowUpService::Next::Mode::On, QDate(2026, 12, 3)}));
    CHECK(changed.size() == 1);
    const QList<Activity> touches = ActivityService(f.t.db(), kToday).list(f.aoki);
    REQUIRE(touches.size() == 1);
    CHECK(touches.at(0).channel == Channel::Email);
    CHECK(touches.at(0).outcome == Outcome::Interested);
    CHECK(touches.at(0).summary == QStringLiteral("見積もりを送付"));
    CHECK(FollowUpService(f.t.db(), kToday).get(f.late).status == FollowUpStatus::Done);
    QList<QDate> days;
    for (const FollowUp &open : f.open(f.aoki))
        days.append(open.dueOn);
    CHECK(days == QList<QDate>{kToday, QDate(2026, 12, 3)});
    // The agenda shows what is left: nothing overdue, and the selection moved on.
    CHECK(view.model()->count(AgendaModel::OverdueSection) == 0);
    CHECK(view.model()->count(AgendaModel::WeekSection) == 0);
}

TEST_CASE("snooze, reschedule and skip move or close the selected follow-up", "[gui][agenda]")
{
    Fixture f;
    AgendaView view(f.t.db(), kToday, NameOrder::FamilyFirst);
    view.show();
    view.selectFirst(AgendaModel::TodaySection);
    REQUIRE(view.selectedItem() != nullptr);
    CHECK(view.selectedItem()->followUp.id == f.today);
    view.snoozeDayAction()->trigger();
    CHECK(FollowUpService(f.t.db(), kToday).get(f.today).dueOn == QDate(2026, 11, 25));
    CHECK(view.model()->count(AgendaModel::TodaySection) == 0);
    CHECK(view.model()->count(AgendaModel::WeekSection) == 1);

    view.selectFirst(AgendaModel::WeekSection);
    view.snoozeWeekAction()->trigger();
    CHECK(FollowUpService(f.t.db(), kToday).get(f.today).dueOn == QDate(2026, 12, 2));

    view.selectFirst(AgendaModel::OverdueSection);
    REQUIRE(view.rescheduleSelected(QDate(2026, 11, 26)));
    CHECK(FollowUpService(f.t.db(), kToday).get(f.late).dueOn == QDate(2026, 11, 26));
    view.selectFirst(AgendaModel::WeekSection);
    CHECK(view.selectedItem()->followUp.id == f.late);
    view.skipAction()->trigger();
    CHECK(FollowUpService(f.t.db(), kToday).get(f.late).status == FollowUpStatus::Skipped);
    CHECK(ActivityService(f.t.db(), kToday).list(f.aoki).isEmpty()); // a skip is no touch
}

TEST_CASE("a dropped lead gets a follow-up, and a double-click opens the person", "[gui][agenda]")
{
    Fixture f;
    AgendaView view(f.t.db(), kToday, NameOrder::FamilyFirst);
    view.resize(1000, 500);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.model()->count(AgendaModel::DroppedSection) == 1);
    view.selectFirst(AgendaModel::DroppedSection);
    REQUIRE(view.selectedItem() != nullptr);
    CHECK(view.selectedItem()->followUp.contactId == f.ueda);
    CHECK(view.scheduleAction()->isEnabled());
    CHECK_FALSE(view.snoozeDayAction()->isEnabled());

    QSignalSpy opened(&view, &AgendaView::contactActivated);
    const QModelIndex line = view.treeView()->selectionModel()->currentIndex();
    view.treeView()->scrollTo(line);
    QCoreApplication::processEvents();
    const QPoint centre = view.treeView()->visualRect(line).center();
    // Item views see a double-click only after the press of a first click.
    QTest::mouseClick(view.treeView()->viewport(), Qt::LeftButton, {}, centre);
    CHECK(opened.isEmpty());
    QTest::mouseDClick(view.treeView()->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == f.ueda);

    REQUIRE(view.scheduleSelected(QDate(2026, 11, 30)));
    REQUIRE(f.open(f.ueda).size() == 1);
    CHECK(f.open(f.ueda).at(0).dueOn == QDate(2026, 11, 30));
    CHECK(view.model()->count(AgendaModel::DroppedSection) == 0);
    CHECK(view.model()->count(AgendaModel::WeekSection) == 1);
}

TEST_CASE("the mark-done dialog proposes the cadence's day and lets the user change it",
          "[gui][agenda]")
{
    const QDate proposed(2026, 12, 24);
    MarkDoneDialog dialog(QStringLiteral("青木 一郎"), Channel::Visit, proposed);
    CHECK(dialog.channel() == Channel::Visit);
    CHECK(dialog.nextDayEdit()->date() == proposed);
    CHECK(dialog.next().mode == FollowUpService::Next::Mode::Cadence);
    dialog.nextDayEdit()->setDate(QDate(2027, 1, 8));
    CHECK(dialog.next().mode == FollowUpService::Next::Mode::On);
    CHECK(dialog.next().on == QDate(2027, 1, 8));
    dialog.noneButton()->setChecked(true);
    CHECK(dialog.next().mode == FollowUpService::Next::Mode::None);
    CHECK_FALSE(dialog.nextDayEdit()->isEnabled());
    dialog.summaryField()->setText(QStringLiteral("  資料を渡した "));
    CHECK(dialog.summary() == QStringLiteral("資料を渡した"));

    // A stage with no cadence proposes nothing: no next follow-up unless the user picks one.
    MarkDoneDialog lost(QStringLiteral("小野"), Channel::Phone, QDate());
    CHECK(lost.next().mode == FollowUpService::Next::Mode::None);
}

TEST_CASE("the call sheet of the agenda's period is saved as PDF", "[gui][agenda]")
{
    Fixture f;
    AgendaView view(f.t.db(), kToday, NameOrder::FamilyFirst);
    const QString path = f.t.folder() + QStringLiteral("/sheet.pdf");
    CHECK(view.saveCallSheet(path, QDate(2026, 11, 20), kToday) == 1);
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));

    // The same sheet through a printer (here one that prints to a PDF file).
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = f.t.folder() + QStringLiteral("/printed.pdf");
    printer.setOutputFileName(printed);
    CHECK(view.printCallSheet(printer, QDate(2026, 11, 20), kToday) == 1);
    CHECK(printer.resolution() == ReportWriter::resolution());
    QFile out(printed);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.read(5) == QByteArray("%PDF-"));
    CHECK(out.size() > 1000);
}

TEST_CASE("the agenda shows my follow-ups and unassigned ones, or another user's",
          "[gui][agenda][owners]")
{
    Fixture f;
    // A colleague's lead: its follow-up goes to her.
    ContactService contacts(f.t.db(), nullptr);
    contacts.setToday(kToday);
    Contact hers = ContactBuilder().name(QStringLiteral("佐藤"), QStringLiteral("花子"));
    hers.owner = QStringLiteral("sato");
    FollowUp call;
    call.contactId = contacts.add(hers);
    call.dueOn = kToday;
    call.purpose = QStringLiteral("お礼の電話");
    FollowUpService(f.t.db(), kToday).add(call);

    AgendaView view(f.t.db(), kToday, NameOrder::FamilyFirst);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    AgendaModel &model = *view.findChild<AgendaModel *>();
    auto *owner = view.findChild<OwnerChooser *>(QStringLiteral("agendaOwner"));
    REQUIRE(owner != nullptr);
    CHECK(owner->filter() == OwnerFilter::mine(f.t.db().userName()));
    CHECK(model.count(AgendaModel::TodaySection) == 1); // mine, not sato's
    const int sato = owner->findText(QStringLiteral("sato"));
    REQUIRE(sato >= 0);

    owner->setCurrentIndex(sato);
    emit owner->activated(sato);
    CHECK(model.count(AgendaModel::TodaySection) == 1);
    CHECK(model.count(AgendaModel::OverdueSection) == 0);
    CHECK(model
              .data(model.index(0, AgendaModel::PurposeColumn,
                                model.sectionIndex(AgendaModel::TodaySection)))
              .toString() == QStringLiteral("お礼の電話"));

    CHECK(owner->filter() == OwnerFilter::of(QStringLiteral("sato")));
    const int everyone = 1; // after "mine and unassigned"
    owner->setCurrentIndex(everyone);
    REQUIRE(owner->filter() == OwnerFilter::everyone());
    emit owner->activated(everyone);
    CHECK(model.count(AgendaModel::TodaySection) == 2);
    // A reload (after any change) keeps the choice.
    view.reload();
    CHECK(owner->currentIndex() == everyone);
    CHECK(model.count(AgendaModel::TodaySection) == 2);
}
