#include "sourcesview.h"
#include "contactbuilder.h"
#include "contacts/contactservice.h"
#include "dealdialog.h"
#include "dealtablemodel.h"
#include "funnelview.h"
#include "leadhistory.h"
#include "mainwindow.h"
#include "nurture/dealservice.h"
#include "optionaldatefield.h"
#include "sourcedialog.h"
#include "sourcetablemodel.h"
#include "storage/sourcerepository.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace kizuna;
using test::ContactBuilder;
using test::openDeal;

namespace {

const QDate kToday(2026, 11, 24);

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

qint64 addSource(SourceRepository &sources, const QString &name, qint64 cost)
{
    Source s;
    s.name = name;
    s.kind = SourceKind::Seminar;
    s.cost = cost;
    s.startedOn = QDate(2026, 10, 1);
    s.endedOn = QDate(2026, 10, 3);
    return sources.add(s);
}

void select(QTableView *table, int row)
{
    table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
}

} // namespace

TEST_CASE("the source dialog names what is wrong and stores nothing until it is right",
          "[gui][sources]")
{
    test::TestDatabase t;
    SourceRepository sources(t.db());
    addSource(sources, QStringLiteral("展示会 2026秋"), 350000);

    SourceDialog dialog(sources, Source{});
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.errorText() == QStringLiteral("獲得経路の名前を入力してください。"));

    dialog.nameField()->setText(QStringLiteral("展示会 2026秋"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.errorText() ==
          QStringLiteral("「展示会 2026秋」という獲得経路はすでにあります。"));

    dialog.nameField()->setText(QStringLiteral("ものづくりセミナー"));
    dialog.costField()->setText(QStringLiteral("三万円"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.errorText() ==
          QStringLiteral("費用「三万円」は円単位の数（0以上）ではありません。"));
    dialog.costField()->setText(QStringLiteral("-5"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    dialog.costField()->setText(QStringLiteral("¥120,000"));
    CHECK(dialog.okButton()->isEnabled());

    dialog.startField()->checkBox()->setChecked(true);
    dialog.startField()->dateEdit()->setDate(QDate(2026, 10, 5));
    dialog.endField()->checkBox()->setChecked(true);
    dialog.endField()->dateEdit()->setDate(QDate(2026, 10, 4));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.errorText() == QStringLiteral("終了日が開始日より前です。"));
    // OK pressed anyway (Enter in a field) stores nothing.
    dialog.accept();
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(sources.list().size() == 1);

    dialog.endField()->dateEdit()->setDate(QDate(2026, 10, 6));
    CHECK(dialog.errorText().isEmpty());
    dialog.kindField()->setCurrentIndex(dialog.kindField()->findData(int(SourceKind::Seminar)));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto stored = sources.find(dialog.savedId());
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("ものづくりセミナー"));
    CHECK(stored->kind == SourceKind::Seminar);
    CHECK(stored->cost == 120000);
    CHECK(stored->startedOn == QDate(2026, 10, 5));
    CHECK(stored->endedOn == QDate(2026, 10, 6));
}

TEST_CASE("the source dialog edits a source and keeps its own name free to reuse", "[gui][sources]")
{
    test::TestDatabase t;
    SourceRepository sources(t.db());
    const qint64 id = addSource(sources, QStringLiteral("紹介"), 0);
    addSource(sources, QStringLiteral("Web広告"), 50000);

    SourceDialog dialog(sources, *sources.find(id));
    CHECK(dialog.okButton()->isEnabled()); // its own name is not "taken"
    CHECK(dialog.startField()->date() == QDate(2026, 10, 1));
    dialog.nameField()->setText(QStringLiteral("Web広告"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    dialog.nameField()->setText(QStringLiteral("紹介（取引先）"));
    dialog.endField()->checkBox()->setChecked(false);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(sources.find(id)->name == QStringLiteral("紹介（取引先）"));
    CHECK_FALSE(sources.find(id)->endedOn.isValid());
    CHECK(sources.list().size() == 2);
}

TEST_CASE("the sources table shows cost, leads, customers, revenue, cost per customer and ROI",
          "[gui][sources]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    SourceRepository &sources = contacts.repository().sources();
    addSource(sources, QStringLiteral("ものづくりセミナー"), 100000);
    addSource(sources, QStringLiteral("無料の紹介"), 0);
    const qint64 won = contacts.add(ContactBuilder().source(QStringLiteral("ものづくりセミナー")));
    contacts.add(ContactBuilder()
                     .name(QStringLiteral("佐藤"), QStringLiteral("花子"))
                     .source(QStringLiteral("ものづくりセミナー")));
    contacts.add(ContactBuilder().name(QStringLiteral("鈴木"), QStringLiteral("一郎")));
    DealService deals(t.db(), kToday);
    deals.win(deals.add(openDeal(won, QStringLiteral("検査装置"), 300000)));

    SourceTableModel model(sources);
    model.reload();
    REQUIRE(model.rowCount() == 3);
    CHECK(cell(&model, 0, SourceTableModel::NameColumn) == QStringLiteral("ものづくりセミナー"));
    CHECK(cell(&model, 0, SourceTableModel::KindColumn) == QStringLiteral("セミナー"));
    CHECK(cell(&model, 0, SourceTableModel::PeriodColumn) ==
          QStringLiteral("2026/10/01〜2026/10/03"));
    CHECK(cell(&model, 0, SourceTableModel::CostColumn) == QStringLiteral("¥100,000"));
    CHECK(cell(&model, 0, SourceTableModel::LeadsColumn) == QStringLiteral("2"));
    CHECK(cell(&model, 0, SourceTableModel::CustomersColumn) == QStringLiteral("1"));
    CHECK(cell(&model, 0, SourceTableModel::RevenueColumn) == QStringLiteral("¥300,000"));
    CHECK(cell(&model, 0, SourceTableModel::CostPerCustomerColumn) == QStringLiteral("¥100,000"));
    CHECK(cell(&model, 0, SourceTableModel::RoiColumn) == QStringLiteral("200.0%"));
    // A source that cost nothing has no ROI and, without customers, no cost per customer.
    CHECK(cell(&model, 1, SourceTableModel::LeadsColumn) == QStringLiteral("0"));
    CHECK(cell(&model, 1, SourceTableModel::RoiColumn) == QStringLiteral("—"));
    CHECK(cell(&model, 1, SourceTableModel::CostPerCustomerColumn) == QStringLiteral("—"));
    // The leads without a source come last, and are not a source to edit.
    CHECK(cell(&model, 2, SourceTableModel::NameColumn) == QStringLiteral("（経路なし）"));
    CHECK(cell(&model, 2, SourceTableModel::LeadsColumn) == QStringLiteral("1"));
    CHECK(model.sourceAt(0).has_value());
    CHECK_FALSE(model.sourceAt(2).has_value());
}

TEST_CASE("the deal dialog finds the contact and checks title and amount", "[gui][deals]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    const qint64 taro = contacts.add(ContactBuilder()
                                         .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                                         .kana(QStringLiteral("やまだ"), QStringLiteral("たろう"))
                                         .company(QStringLiteral("株式会社ひかり電子")));
    DealService deals(t.db(), kToday);

    DealDialog dialog(deals, contacts, NameOrder::FamilyFirst, Deal{});
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.errorText() == QStringLiteral("商談の相手を検索して選んでください。"));
    dialog.contactSearch()->setText(QStringLiteral("存在しない"));
    dialog.findContacts();
    CHECK(dialog.errorText() == QStringLiteral("「存在しない」に一致する連絡先はありません。"));
    dialog.contactSearch()->setText(QStringLiteral("やまだ"));
    dialog.findContacts();
    REQUIRE(dialog.contactChoice()->count() == 1);
    CHECK(dialog.contactChoice()->currentText() ==
          QStringLiteral("山田 太郎 (株式会社ひかり電子)"));
    CHECK(dialog.errorText() == QStringLiteral("商談名を入力してください。"));
    dialog.titleField()->setText(QStringLiteral("検査装置 2台"));
    dialog.amountField()->setText(QStringLiteral("百万"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    dialog.amountField()->setText(QStringLiteral("1,200,000円"));
    CHECK(dialog.okButton()->isEnabled());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const Deal stored = deals.get(dialog.savedId());
    CHECK(stored.contactId == taro);
    CHECK(stored.title == QStringLiteral("検査装置 2台"));
    CHECK(stored.amount == 1200000);
    CHECK(stored.status == DealStatus::Open);

    // Editing keeps the contact and changes the amount.
    DealDialog edit(deals, contacts, NameOrder::FamilyFirst, stored);
    CHECK_FALSE(edit.contactChoice()->isEnabled());
    CHECK(edit.contactSearch() == nullptr);
    edit.amountField()->setText(QStringLiteral("1500000"));
    edit.expectedCloseField()->setDate(QDate(2026, 12, 25));
    edit.accept();
    CHECK(edit.result() == QDialog::Accepted);
    CHECK(deals.get(stored.id).amount == 1500000);
    CHECK(deals.get(stored.id).expectedCloseOn == QDate(2026, 12, 25));
}

TEST_CASE("winning and losing a deal on the sources and deals page", "[gui][deals]")
{
    test::TestDatabase t;
    ContactService contacts(t.db(), nullptr);
    contacts.setToday(kToday);
    addSource(contacts.repository().sources(), QStringLiteral("ものづくりセミナー"), 100000);
    const qint64 taro = contacts.add(ContactBuilder()
                                         .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                                         .source(QStringLiteral("ものづくりセミナー"))
                                         .stage(Stage::Hot));
    DealService deals(t.db(), kToday);
    const qint64 first = deals.add(openDeal(taro, QStringLiteral("検査装置"), 300000));
    const qint64 second = deals.add(openDeal(taro, QStringLiteral("保守契約"), 50000));

    SourcesView view(contacts);
    QSignalSpy changed(&view, &SourcesView::changed);
    view.show();
    DealTableModel *model = view.dealsModel();
    REQUIRE(model->rowCount() == 2);
    // Newest first.
    CHECK(model->dealAt(0).id == second);
    CHECK(cell(model, 0, DealTableModel::ContactColumn) == QStringLiteral("山田 太郎"));
    CHECK(cell(model, 0, DealTableModel::AmountColumn) == QStringLiteral("¥50,000"));
    CHECK(cell(model, 0, DealTableModel::StatusColumn) == QStringLiteral("商談中"));
    CHECK(cell(model, 0, DealTableModel::CreatedColumn) == QStringLiteral("2026/11/24"));

    select(view.dealsTable(), model->rowOf(first));
    view.winDeal();
    CHECK(deals.get(first).status == DealStatus::Won);
    CHECK(contacts.get(taro).stage == Stage::Customer);
    CHECK(view.messageText() ==
          QStringLiteral("商談「検査装置」を受注にしました。連絡先は「顧客」になりました。"));
    CHECK(cell(model, model->rowOf(first), DealTableModel::StatusColumn) == QStringLiteral("受注"));
    CHECK(cell(model, model->rowOf(first), DealTableModel::ClosedColumn) ==
          QStringLiteral("2026/11/24"));
    // The sources table follows: the seminar has its customer and revenue.
    CHECK(cell(view.sourcesModel(), 0, SourceTableModel::RevenueColumn) ==
          QStringLiteral("¥300,000"));
    CHECK(cell(view.sourcesModel(), 0, SourceTableModel::RoiColumn) == QStringLiteral("200.0%"));

    select(view.dealsTable(), model->rowOf(second));
    view.loseDeal();
    CHECK(deals.get(second).status == DealStatus::Lost);
    CHECK(contacts.get(taro).stage == Stage::Customer);
    CHECK(changed.count() == 2);

    // A closed deal offers neither winning nor editing.
    select(view.dealsTable(), model->rowOf(second));
    for (const QPushButton *button : view.findChildren<QPushButton *>()) {
        if (button->text().startsWith(QStringLiteral("受注にする")) ||
            button->text().startsWith(QStringLiteral("商談を編集")))
            CHECK_FALSE(button->isEnabled());
    }
}

TEST_CASE("the main window has pages for the funnel and for sources and deals", "[gui][window]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    MainWindow window(service, t.path());
    window.show();
    QListWidget *pages = window.pageList();
    REQUIRE(pages->count() == 6);
    CHECK(pages->item(0)->text() == QStringLiteral("連絡先"));
    CHECK(pages->item(2)->text() == QStringLiteral("ファネル"));
    CHECK(pages->item(3)->text() == QStringLiteral("獲得経路と商談"));
    pages->setCurrentRow(2);
    CHECK(window.pageStack()->currentWidget() == window.funnelView());
    pages->setCurrentRow(3);
    CHECK(window.pageStack()->currentWidget() == window.sourcesView());
}
