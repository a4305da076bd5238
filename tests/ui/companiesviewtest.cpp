#include "companiesview.h"
#include "companylistmodel.h"
#include "companypeoplemodel.h"
#include "contactactions.h"
#include "contactbuilder.h"
#include "contacts/companyservice.h"
#include "contacts/contactservice.h"
#include "databasecontents.h"
#include "dealtablemodel.h"
#include "leadhistory.h"
#include "mainwindow.h"
#include "mergecompaniesdialog.h"
#include "modaldialogaction.h"
#include "moneyformat.h"
#include "nurture/dealservice.h"
#include "stagepalette.h"
#include "storage/companyrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "timelinemodel.h"

#include "qtcatch.h"
#include "waituntil.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace kizuna;
using test::ContactBuilder;
using test::openDeal;

namespace {

const QDate kToday(2026, 11, 24);

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

// さくら商事: a hot and a warm lead, a won deal and an open one; ひかり電子: a customer with
// a bigger won deal; あおば工業: nobody yet.
struct Accounts
{
    Accounts()
    {
        service.setToday(kToday);
        sato = service.add(
            ContactBuilder().name(u("佐藤"), u("一郎")).company(u("さくら商事")).stage(Stage::Hot));
        suzuki = service.add(ContactBuilder()
                                 .name(u("鈴木"), u("花子"))
                                 .company(u("株式会社さくら商事"))
                                 .stage(Stage::Warm));
        tanaka = service.add(ContactBuilder()
                                 .name(u("田中"), u("美咲"))
                                 .company(u("ひかり電子"))
                                 .stage(Stage::Customer));
        DealService deals(t.db(), kToday);
        deals.win(deals.add(openDeal(sato, u("複合機"), 500000)), true);
        deals.add(openDeal(sato, u("保守"), 80000));
        deals.win(deals.add(openDeal(tanaka, u("検査装置"), 1200000)), true);
        CompanyRepository companies(t.db());
        sakura = companies.findOrCreate(u("さくら商事"));
        hikari = companies.findOrCreate(u("ひかり電子"));
        aoba = companies.findOrCreate(u("あおば工業"), u("あおばこうぎょう"));
    }

    test::TestDatabase t;
    ContactService service{t.db(), nullptr};
    qint64 sato = 0, suzuki = 0, tanaka = 0, sakura = 0, hikari = 0, aoba = 0;
};

CompaniesView *openCompanies(MainWindow &window)
{
    window.show();
    window.pageList()->setCurrentRow(window.pageStack()->indexOf(window.companiesView()));
    REQUIRE(window.pageStack()->currentWidget() == window.companiesView());
    return window.companiesView();
}

void select(QTableView *table, const QList<int> &rows)
{
    table->clearSelection();
    for (const int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace

TEST_CASE("the companies page lists core's numbers and sorts by them in SQL", "[gui][companies]")
{
    Accounts f;
    MainWindow window(f.service, f.t.path());
    CompaniesView *view = openCompanies(window);
    CompanyListModel *model = view->companiesModel();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->totalCount() == 3);
    // In reading order: あおば, さくら, ひかり.
    CHECK(cell(model, 0, CompanyListModel::NameColumn) == u("あおば工業"));
    CHECK(cell(model, 0, CompanyListModel::ReadingColumn) == u("あおばこうぎょう"));
    CHECK(cell(model, 0, CompanyListModel::StageColumn) == MoneyFormat::none());
    const QList<CompanySummary> core = CompanyService(f.t.db()).page({});
    for (int row = 0; row < 3; ++row) {
        const CompanySummary &c = core.at(row);
        CAPTURE(c.name);
        CHECK(model->companyAt(row).id == c.id);
        CHECK(cell(model, row, CompanyListModel::PeopleColumn) == QLocale().toString(c.people));
        CHECK(cell(model, row, CompanyListModel::OpenDealsColumn) ==
              QLocale().toString(c.openDeals));
        CHECK(cell(model, row, CompanyListModel::RevenueColumn) ==
              MoneyFormat::yen(c.wonRevenue, QLocale()));
    }
    CHECK(cell(model, 1, CompanyListModel::PeopleColumn) == QStringLiteral("2"));
    CHECK(cell(model, 1, CompanyListModel::StageColumn) == StagePalette::label(Stage::Hot));
    CHECK(model->index(1, CompanyListModel::StageColumn).data(Qt::BackgroundRole).value<QColor>() ==
          StagePalette::background(Stage::Hot));
    CHECK(cell(model, 1, CompanyListModel::RevenueColumn) == MoneyFormat::yen(500000, QLocale()));
    CHECK(cell(model, 2, CompanyListModel::RevenueColumn) == MoneyFormat::yen(1200000, QLocale()));

    view->companiesTable()->sortByColumn(CompanyListModel::RevenueColumn, Qt::DescendingOrder);
    CHECK(cell(model, 0, CompanyListModel::NameColumn) == u("ひかり電子"));
    view->companiesTable()->sortByColumn(CompanyListModel::PeopleColumn, Qt::DescendingOrder);
    CHECK(cell(model, 0, CompanyListModel::NameColumn) == u("さくら商事"));
    view->companiesTable()->sortByColumn(CompanyListModel::NameColumn, Qt::AscendingOrder);

    // Typed in the search field (as an input method commits it), read after the pause.
    view->searchField()->insert(u("ひかり"));
    REQUIRE(test::waitUntil([&] { return model->rowCount() == 1; }));
    CHECK(model->companyAt(0).id == f.hikari);
    view->searchField()->clear();
    REQUIRE(test::waitUntil([&] { return model->rowCount() == 3; }));
}

TEST_CASE("a company's page shows its people, deals and timeline, and opens a person",
          "[gui][companies]")
{
    Accounts f;
    MainWindow window(f.service, f.t.path());
    CompaniesView *view = openCompanies(window);
    view->companiesTable()->selectRow(1);
    REQUIRE(view->shownCompanyId() == f.sakura);
    CompanyPeopleModel *people = view->peopleModel();
    REQUIRE(people->rowCount() == 2);
    CHECK(people->personAt(0).contactId == f.sato);
    CHECK(cell(people, 0, CompanyPeopleModel::StageColumn) == StagePalette::label(Stage::Hot));
    CHECK(people->index(1, CompanyPeopleModel::StageColumn)
              .data(Qt::BackgroundRole)
              .value<QColor>() == StagePalette::background(Stage::Warm));
    CHECK(view->dealsModel()->rowCount() == 2);
    CHECK(view->timelineModel()->rowCount() > 0);
    CHECK(cell(view->timelineModel(), 0, TimelineModel::DetailsColumn).contains(u("佐藤")) !=
          cell(view->timelineModel(), 0, TimelineModel::DetailsColumn).contains(u("鈴木")));

    // Return on a person opens them on the Contacts page.
    QTableView *table = view->peopleTable();
    view->findChild<QTabWidget *>()->setCurrentIndex(0);
    table->setFocus();
    table->setCurrentIndex(people->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(window.pageStack()->currentIndex() == 0);
    CHECK(window.selectedContactId() == f.suzuki);
}

TEST_CASE("merging two companies is one step that the window's undo takes back exactly",
          "[gui][companies][merge]")
{
    Accounts f;
    MainWindow window(f.service, f.t.path());
    CompaniesView *view = openCompanies(window);
    QUndoStack *stack = window.contactActions()->undoStack();
    const auto before = test::databaseContents(f.t.db());
    CHECK_FALSE(view->mergeButton()->isEnabled());
    select(view->companiesTable(), {1, 2});
    REQUIRE(view->mergeButton()->isEnabled());

    // The dialog offers the larger account first; the user keeps ひかり電子 instead.
    bool asked = false;
    test::ModalDialogAction choose([&](QDialog *opened) {
        auto *dialog = qobject_cast<MergeCompaniesDialog *>(opened);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->kept().id == f.sakura);
        dialog->findChild<QRadioButton *>(QStringLiteral("keepSecond"))->setChecked(true);
        CHECK(dialog->kept().id == f.hikari);
        dialog->accept();
        asked = true;
    });
    QSignalSpy changed(view, &CompaniesView::changed);
    view->mergeButton()->click();
    REQUIRE(asked);
    CHECK(changed.count() == 1);
    CHECK(stack->count() == 1);
    CHECK(stack->undoText().contains(u("さくら商事")));
    CompanyListModel *model = view->companiesModel();
    REQUIRE(model->rowCount() == 2);
    const int kept = model->rowOf(f.hikari);
    REQUIRE(kept >= 0);
    CHECK(model->rowOf(f.sakura) == -1);
    CHECK(model->companyAt(kept).people == 3);
    CHECK(model->companyAt(kept).wonRevenue == 1700000);
    CHECK(view->shownCompanyId() == f.hikari);
    CHECK(view->peopleModel()->rowCount() == 3);
    CHECK(f.service.get(f.sato).company == u("ひかり電子"));

    stack->undo();
    CHECK(changed.count() == 2);
    CHECK(model->rowCount() == 3);
    CHECK(model->companyAt(model->rowOf(f.sakura)).people == 2);
    CHECK(test::databaseContents(f.t.db()) == before);
    CHECK(f.service.get(f.sato).company == u("さくら商事"));

    stack->redo();
    CHECK(model->rowCount() == 2);
    CHECK(model->rowOf(f.sakura) == -1);
    stack->undo();
    CHECK(test::databaseContents(f.t.db()) == before);
}

TEST_CASE("the companies list reads a page at a time", "[gui][companies]")
{
    test::TestDatabase t;
    {
        Transaction transaction(t.db());
        CompanyRepository companies(t.db());
        for (int i = 0; i < 450; ++i)
            companies.findOrCreate(QStringLiteral("会社%1").arg(i, 3, 10, QLatin1Char('0')));
        transaction.commit();
    }
    CompanyService service(t.db());
    CompanyListModel model(service);
    model.reload();
    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == CompanyListModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * CompanyListModel::kPageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(cell(&model, 449, CompanyListModel::NameColumn) == QStringLiteral("会社449"));
    model.sort(CompanyListModel::NameColumn, Qt::DescendingOrder);
    CHECK(model.rowCount() == CompanyListModel::kPageSize);
    CHECK(cell(&model, 0, CompanyListModel::NameColumn) == QStringLiteral("会社449"));
}
