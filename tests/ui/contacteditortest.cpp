#include "contactactions.h"
#include "contactbuilder.h"
#include "contactdetailview.h"
#include "contacteditordialog.h"
#include "contactlistmodel.h"
#include "contacts/contactservice.h"
#include "editelsewhere.h"
#include "mainwindow.h"
#include "modaldialogaction.h"
#include "optionaldatefield.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace kizuna;
using test::ContactBuilder;

namespace {

Contact taro()
{
    Contact c = ContactBuilder()
                    .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                    .kana(QStringLiteral("やまだ"), QStringLiteral("たろう"))
                    .company(QStringLiteral("株式会社ひかり電子"))
                    .email(QStringLiteral("taro.yamada@hikari.example.jp"))
                    .phone(QStringLiteral("03-1234-5678"))
                    .stage(Stage::Warm);
    c.title = QStringLiteral("課長");
    c.postalCode = QStringLiteral("101-0041");
    c.address = QStringLiteral("東京都千代田区神田須田町1-2-3");
    return c;
}

void type(QLineEdit *edit, const QString &text)
{
    REQUIRE(edit != nullptr);
    // As typed through an input method: QTest cannot key in kana or full-width digits.
    edit->setText(text);
}

} // namespace

TEST_CASE("the editor shows every field of the contact and keeps OK off for bad input",
          "[gui][editor]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 id = service.add(taro());
    ContactEditorDialog dialog(service, service.get(id));
    dialog.show();
    CHECK(dialog.field(QStringLiteral("family_name"))->text() == QStringLiteral("山田"));
    CHECK(dialog.field(QStringLiteral("title"))->text() == QStringLiteral("課長"));
    CHECK(dialog.field(QStringLiteral("postal_code"))->text() == QStringLiteral("101-0041"));
    CHECK(dialog.stageField()->currentData().toInt() == int(Stage::Warm));
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.errorText().isEmpty());
    // Nothing changed: the contact from the fields is the one read.
    const Contact unchanged = dialog.contact();
    CHECK(unchanged.title == QStringLiteral("課長"));
    CHECK(unchanged.tags.isEmpty());

    SECTION("a bad e-mail")
    {
        type(dialog.field(QStringLiteral("email")), QStringLiteral("taro@@hikari"));
        CHECK_FALSE(dialog.okButton()->isEnabled());
        CHECK(dialog.errorText().contains(QStringLiteral("taro@@hikari")));
        type(dialog.field(QStringLiteral("email")), QStringLiteral("taro@hikari.example.jp"));
        CHECK(dialog.okButton()->isEnabled());
        CHECK(dialog.errorText().isEmpty());
        // A second address is checked the same way.
        type(dialog.field(QStringLiteral("email2")), QStringLiteral("no address"));
        CHECK_FALSE(dialog.okButton()->isEnabled());
    }
    SECTION("a bad postal code, then one typed full-width")
    {
        type(dialog.field(QStringLiteral("postal_code")), QStringLiteral("千代田区"));
        CHECK_FALSE(dialog.okButton()->isEnabled());
        CHECK(dialog.errorText().contains(QStringLiteral("千代田区")));
        // Core's normaliser makes it 101-0041.
        type(dialog.field(QStringLiteral("postal_code")), QStringLiteral("１０１００４１"));
        CHECK(dialog.okButton()->isEnabled());
    }
    SECTION("a bad phone number")
    {
        type(dialog.field(QStringLiteral("phone_mobile")), QStringLiteral("かけないで"));
        CHECK_FALSE(dialog.okButton()->isEnabled());
        dialog.field(QStringLiteral("phone_mobile"))->clear();
        CHECK(dialog.okButton()->isEnabled());
    }
    SECTION("neither a name nor an e-mail")
    {
        for (const char *key : {"family_name", "given_name", "email"})
            dialog.field(QString::fromLatin1(key))->clear();
        CHECK_FALSE(dialog.okButton()->isEnabled());
        CHECK_FALSE(dialog.errorText().isEmpty());
    }
    // Whatever was typed, nothing was stored.
    CHECK(service.get(id).email == QStringLiteral("taro.yamada@hikari.example.jp"));
}

TEST_CASE("the editor offers the companies and sources there are and marks a guessed reading",
          "[gui][editor]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    service.repository().sources().findOrCreate(QStringLiteral("展示会2026"));
    service.add(taro());
    Contact guessed = ContactBuilder()
                          .name(QStringLiteral("佐藤"), QStringLiteral("花子"))
                          .kana(QStringLiteral("さとう"), QStringLiteral("はなこ"))
                          .company(QStringLiteral("青葉商事株式会社"));
    guessed.readingGuessed = true;
    const qint64 id = service.add(guessed);
    REQUIRE(service.get(id).readingGuessed);

    ContactEditorDialog dialog(service, service.get(id));
    dialog.show();
    CHECK(dialog.guessedMarker()->isVisible());
    CHECK(dialog.readingRightBox()->isVisible());
    CHECK(dialog.contact().readingGuessed);
    // Ticked, the reading counts as confirmed.
    dialog.readingRightBox()->setChecked(true);
    CHECK_FALSE(dialog.guessedMarker()->isVisible());
    CHECK_FALSE(dialog.contact().readingGuessed);
    dialog.readingRightBox()->setChecked(false);
    // Typed over, it is the user's own.
    type(dialog.field(QStringLiteral("given_kana")), QStringLiteral("はなこ"));
    type(dialog.field(QStringLiteral("given_kana")), QStringLiteral("はな"));
    CHECK_FALSE(dialog.guessedMarker()->isVisible());
    CHECK_FALSE(dialog.contact().readingGuessed);

    QCompleter *completer = dialog.field(QStringLiteral("company"))->completer();
    REQUIRE(completer != nullptr);
    completer->setCompletionPrefix(QStringLiteral("ひかり"));
    CHECK(completer->currentCompletion() == QStringLiteral("株式会社ひかり電子"));
    CHECK(dialog.sourceField()->findData(QStringLiteral("展示会2026")) > 0);

    dialog.sourceField()->setCurrentIndex(
        dialog.sourceField()->findData(QStringLiteral("展示会2026")));
    dialog.tagsField()->setText(QStringLiteral("VIP、 展示会 ,VIP"));
    dialog.cardExchangedField()->setDate(QDate(2026, 11, 12));
    dialog.notesField()->setPlainText(QStringLiteral("名刺交換のみ"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const Contact stored = service.get(id);
    CHECK(stored.source == QStringLiteral("展示会2026"));
    CHECK(stored.tags == QStringList{QStringLiteral("VIP"), QStringLiteral("展示会")});
    CHECK(stored.cardExchangedOn == QDate(2026, 11, 12));
    CHECK(stored.notes == QStringLiteral("名刺交換のみ"));
    CHECK(stored.givenKana == QStringLiteral("はな"));
    CHECK_FALSE(stored.readingGuessed);
}

TEST_CASE("a change saved elsewhere meanwhile is shown in the editor, not overwritten",
          "[gui][editor][concurrency]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 id = service.add(taro());
    ContactEditorDialog dialog(service, service.get(id));
    dialog.show();

    // Another program, on its own connection to the file, changes the title meanwhile.
    test::editElsewhere(t.path(), id, [](Contact &c) { c.title = QStringLiteral("部長"); });

    type(dialog.field(QStringLiteral("title")), QStringLiteral("係長"));
    type(dialog.field(QStringLiteral("department")), QStringLiteral("営業部"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("山田 太郎")));
    CHECK(dialog.errorText().contains(QStringLiteral("役職")));
    CHECK(dialog.reloadButton()->isVisible());
    // Nothing was written over the other change, not even the department.
    CHECK(service.get(id).title == QStringLiteral("部長"));
    CHECK(service.get(id).department.isEmpty());

    // Reload shows the stored title and keeps the department the user typed.
    dialog.reloadButton()->click();
    CHECK_FALSE(dialog.reloadButton()->isVisible());
    CHECK(dialog.field(QStringLiteral("title"))->text() == QStringLiteral("部長"));
    CHECK(dialog.field(QStringLiteral("department"))->text() == QStringLiteral("営業部"));
    CHECK(dialog.errorText().isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(service.get(id).title == QStringLiteral("部長"));
    CHECK(service.get(id).department == QStringLiteral("営業部"));
}

TEST_CASE("after a reload the user settles each conflicting field for their own value",
          "[gui][editor][concurrency]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    const qint64 id = service.add(taro());
    ContactEditorDialog dialog(service, service.get(id));
    dialog.show();

    // A colleague changes the title and the e-mail; the user types a title and an e-mail too.
    test::editElsewhere(t.path(), id, [](Contact &c) {
        c.title = QStringLiteral("部長");
        c.email = QStringLiteral("t.yamada@hikari.example.jp");
    });
    type(dialog.field(QStringLiteral("title")), QStringLiteral("係長"));
    type(dialog.field(QStringLiteral("email")), QStringLiteral("taro@yamada.example.jp"));
    dialog.accept();
    REQUIRE(dialog.reloadButton()->isVisible());
    dialog.reloadButton()->click();
    auto *reloaded = dialog.findChild<QLabel *>(QStringLiteral("reloaded"));
    REQUIRE(reloaded != nullptr);
    CHECK(reloaded->isVisible());
    // Each field names the user's value and offers it back.
    CHECK(reloaded->text().contains(QStringLiteral("係長")));
    CHECK(reloaded->text().contains(QStringLiteral("href=\"title\"")));
    CHECK(reloaded->text().contains(QStringLiteral("href=\"email\"")));
    CHECK(dialog.field(QStringLiteral("title"))->text() == QStringLiteral("部長"));

    // The user keeps their title and the colleague's e-mail.
    emit reloaded->linkActivated(QStringLiteral("title"));
    CHECK(dialog.field(QStringLiteral("title"))->text() == QStringLiteral("係長"));
    CHECK(dialog.field(QStringLiteral("email"))->text() ==
          QStringLiteral("t.yamada@hikari.example.jp"));
    CHECK_FALSE(reloaded->text().contains(QStringLiteral("href=\"title\"")));
    CHECK(reloaded->text().contains(QStringLiteral("href=\"email\"")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const Contact stored = service.get(id);
    CHECK(stored.title == QStringLiteral("係長"));
    CHECK(stored.email == QStringLiteral("t.yamada@hikari.example.jp"));
}

TEST_CASE("a new contact is the user's, and the owner field hands a lead on",
          "[gui][editor][owners]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    ContactEditorDialog created(service, Contact{});
    CHECK(created.ownerField()->currentText() == t.db().userName());
    CHECK(created.ownerField()->isEditable());

    const qint64 id = service.add(taro());
    ContactEditorDialog dialog(service, service.get(id));
    dialog.ownerField()->setCurrentText(QStringLiteral("sato"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(service.get(id).owner == QStringLiteral("sato"));
    CHECK(service.knownUsers().contains(QStringLiteral("sato")));
    // The next editor offers her in the list.
    ContactEditorDialog next(service, service.get(id));
    CHECK(next.ownerField()->findText(QStringLiteral("sato")) >= 0);
    CHECK(next.ownerField()->currentText() == QStringLiteral("sato"));
}

TEST_CASE("New Contact in the window adds the person and shows them", "[gui][editor][window]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    service.add(taro());
    MainWindow window(service, t.path());
    window.show();
    ContactActions *actions = window.contactActions();
    CHECK(actions->newAction()->shortcuts().contains(QKeySequence(Qt::Key_Insert)));

    test::ModalDialogAction fill([](QDialog *opened) {
        auto *dialog = qobject_cast<ContactEditorDialog *>(opened);
        CHECK(dialog != nullptr);
        if (!dialog)
            return; // no exception may leave a timer's slot

        CHECK_FALSE(dialog->okButton()->isEnabled()); // nobody yet
        dialog->field(QStringLiteral("family_name"))->setText(QStringLiteral("鈴木"));
        dialog->field(QStringLiteral("given_name"))->setText(QStringLiteral("一郎"));
        dialog->field(QStringLiteral("email"))->setText(QStringLiteral("ichiro@aoba.example.jp"));
        dialog->okButton()->click();
    });
    actions->newAction()->trigger();
    CHECK(fill.done());
    CHECK(window.contactsModel()->totalCount() == 2);
    CHECK(window.detailView()->fieldText(QStringLiteral("name")) == QStringLiteral("鈴木 一郎"));
    CHECK(window.detailView()->fieldText(QStringLiteral("email")) ==
          QStringLiteral("ichiro@aoba.example.jp"));
}

// Run: kizuna_ui_tests "[.screenshot-editor]" with KIZUNA_SCREENSHOT_DIR=folder.
TEST_CASE("screenshots of the contact editor and the card", "[.screenshot-editor]")
{
    QTranslator qt;
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    service.repository().sources().findOrCreate(QStringLiteral("展示会2026"));
    Contact c = taro();
    c.readingGuessed = true;
    c.department = QStringLiteral("営業本部 第二営業部");
    c.phoneMobile = QStringLiteral("090-1234-5678");
    c.url = QStringLiteral("https://www.hikari.example.jp");
    c.source = QStringLiteral("展示会2026");
    c.tags = QStringList{QStringLiteral("VIP"), QStringLiteral("展示会")};
    c.cardExchangedOn = QDate(2026, 11, 12);
    c.notes = QStringLiteral("来期の予算で検討中。12月に再訪。");
    const qint64 id = service.add(c);
    const QDir dir(qEnvironmentVariable("KIZUNA_SCREENSHOT_DIR", QDir::currentPath()));

    ContactEditorDialog dialog(service, service.get(id));
    dialog.show();
    type(dialog.field(QStringLiteral("postal_code")), QStringLiteral("101-00"));
    dialog.field(QStringLiteral("postal_code"))->setText(QStringLiteral("101-0041"));
    QTest::qWait(50);
    REQUIRE(dialog.grab().save(dir.filePath(QStringLiteral("contact-editor.png"))));
    type(dialog.field(QStringLiteral("email")), QStringLiteral("taro@@hikari"));
    QTest::qWait(50);
    REQUIRE(dialog.grab().save(dir.filePath(QStringLiteral("contact-editor-problem.png"))));

    ContactDetailView card(NameOrder::FamilyFirst);
    card.resize(380, 640);
    card.setContact(service.get(id));
    card.show();
    QTest::qWait(50);
    REQUIRE(card.grab().save(dir.filePath(QStringLiteral("contact-card.png"))));
}
