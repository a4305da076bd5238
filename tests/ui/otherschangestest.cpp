// Two members on one database: the window under test, and another member's Kizuna writing on
// its own connection. Their work must show in the window without View › Refresh, and leave
// what the user was doing alone.
#include "changefollower.h"
#include "contactactions.h"
#include "contactbuilder.h"
#include "contacteditordialog.h"
#include "contactlistmodel.h"
#include "contacts/contactservice.h"
#include "demo/demodatagenerator.h"
#include "editelsewhere.h"
#include "mainwindow.h"
#include "modaldialogaction.h"
#include "storage/changewatcher.h"
#include "testdatabase.h"

#include "qtcatch.h"
#include "waituntil.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace kizuna;
using test::ContactBuilder;

namespace {

// Polled quickly so the test does not wait the two seconds a window waits.
constexpr int kPollMs = 50;

qint64 addPeople(ContactService &service, int count)
{
    const DemoDataGenerator generator(5, QDate(2026, 11, 24));
    QList<Contact> cards;
    for (int i = 0; i < count; ++i)
        cards.append(generator.contact(i));
    service.addAll(cards);
    return service.add(ContactBuilder()
                           .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                           .kana(QStringLiteral("やまだ"), QStringLiteral("たろう"))
                           .email(QStringLiteral("taro@hikari.example.jp")));
}

void addElsewhere(const QString &path, const Contact &contact)
{
    Database other(path);
    ContactService(other, nullptr).add(contact);
}

Contact aoki()
{
    return ContactBuilder()
        .name(QStringLiteral("青木"), QStringLiteral("一郎"))
        .kana(QStringLiteral("あおき"), QStringLiteral("いちろう"));
}

// The tests run in Japanese (uitestmain.cpp).
QString updatedMessage()
{
    return QStringLiteral("ほかの人の変更を反映しました");
}

} // namespace

TEST_CASE("another member's new contact shows without Refresh, the selection and the scroll "
          "stay",
          "[gui][window][changes]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    addPeople(service, 120);
    MainWindow window(service, t.path());
    window.resize(1200, 700);
    window.show();
    REQUIRE(window.changeFollower()->watcher() != nullptr);
    window.changeFollower()->watcher()->setPollInterval(kPollMs);
    REQUIRE(test::waitUntil([&] { return window.contactsModel()->totalCount() == 121; }));

    // Three people far down the list are selected, and the list is scrolled to them.
    QTableView *table = window.contactsView();
    table->selectRow(80);
    for (const int row : {82, 84})
        table->selectionModel()->select(window.contactsModel()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> selected = window.selectedContactIds();
    REQUIRE(selected.size() == 3);
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    const int scrolled = table->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);

    addElsewhere(t.path(), aoki());

    REQUIRE(test::waitUntil([&] { return window.contactsModel()->totalCount() == 122; }));
    bool shown = false;
    for (int row = 0; row < window.contactsModel()->rowCount(); ++row)
        shown =
            shown || window.contactsModel()->contactAt(row).familyName == QStringLiteral("青木");
    CHECK(shown);
    CHECK(window.statusBar()->currentMessage() == updatedMessage());
    QList<qint64> after = window.selectedContactIds();
    CHECK(after.value(0) == selected.value(0));
    std::sort(after.begin(), after.end());
    QList<qint64> before = selected;
    std::sort(before.begin(), before.end());
    CHECK(after == before);
    CHECK(table->verticalScrollBar()->value() == scrolled);
}

TEST_CASE("the window's own changes are not announced as others'", "[gui][window][changes]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    addPeople(service, 3);
    MainWindow window(service, t.path());
    window.show();
    REQUIRE(window.changeFollower()->watcher() != nullptr);
    window.changeFollower()->watcher()->setPollInterval(kPollMs);

    test::ModalDialogAction fill([](QDialog *opened) {
        auto *dialog = qobject_cast<ContactEditorDialog *>(opened);
        CHECK(dialog != nullptr);
        if (!dialog)
            return; // no exception may leave a timer's slot
        dialog->field(QStringLiteral("family_name"))->setText(QStringLiteral("鈴木"));
        dialog->field(QStringLiteral("given_name"))->setText(QStringLiteral("一郎"));
        dialog->okButton()->click();
    });
    window.contactActions()->newAction()->trigger();
    REQUIRE(fill.done());
    QTest::qWait(ChangeFollower::kDelayMs + 4 * kPollMs);
    CHECK(window.statusBar()->currentMessage() != updatedMessage());
}

TEST_CASE("an open contact editor keeps what the user typed while others' changes come in",
          "[gui][window][changes][editor]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 taro = addPeople(service, 3);
    MainWindow window(service, t.path());
    window.show();
    REQUIRE(window.changeFollower()->watcher() != nullptr);
    window.changeFollower()->watcher()->setPollInterval(kPollMs);
    window.showContact(taro);
    REQUIRE(window.selectedContactId() == taro);

    bool listUpdated = false;
    test::ModalDialogAction edit([&](QDialog *opened) {
        auto *dialog = qobject_cast<ContactEditorDialog *>(opened);
        CHECK(dialog != nullptr);
        if (!dialog)
            return; // no exception may leave a timer's slot
        dialog->field(QStringLiteral("title"))->setText(QStringLiteral("部長"));
        // Meanwhile another member changes the same person's e-mail and adds someone.
        test::editElsewhere(t.path(), taro, [](Contact &c) {
            c.email = QStringLiteral("t.yamada@hikari.example.jp");
        });
        addElsewhere(t.path(), aoki());
        listUpdated = test::waitUntil([&] { return window.contactsModel()->totalCount() == 5; });
        CHECK(dialog->isVisible());
        CHECK(dialog->field(QStringLiteral("title"))->text() == QStringLiteral("部長"));
        CHECK(dialog->field(QStringLiteral("email"))->text() ==
              QStringLiteral("taro@hikari.example.jp"));
        dialog->okButton()->click();
    });
    window.contactActions()->editAction()->trigger();
    REQUIRE(edit.done());
    CHECK(listUpdated);
    // The save merged over the other member's change: both stay.
    const Contact stored = service.get(taro);
    CHECK(stored.title == QStringLiteral("部長"));
    CHECK(stored.email == QStringLiteral("t.yamada@hikari.example.jp"));
    CHECK(window.selectedContactId() == taro);
}
