#include "contactactions.h"
#include "contactbuilder.h"
#include "contactlistmodel.h"
#include "contacts/contactservice.h"
#include "datepickerdialog.h"
#include "mainwindow.h"
#include "modaldialogaction.h"
#include "nurture/followupservice.h"
#include "pdftext.h"
#include "reportpreview.h"
#include "selectionoutputactions.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace kizuna;
using test::ContactBuilder;

namespace {

struct Fixture
{
    test::TestDatabase t;
    ContactService service{t.db(), nullptr};
    qint64 taro = service.add(ContactBuilder()
                                  .name(QStringLiteral("山田"), QStringLiteral("太郎"))
                                  .kana(QStringLiteral("やまだ"), QStringLiteral("たろう"))
                                  .email(QStringLiteral("taro@hikari.example.jp"))
                                  .tags({QStringLiteral("展示会")}));
    qint64 hanako = service.add(ContactBuilder()
                                    .name(QStringLiteral("佐藤"), QStringLiteral("花子"))
                                    .kana(QStringLiteral("さとう"), QStringLiteral("はなこ"))
                                    .email(QStringLiteral("hanako@sakura.example.jp")));
    qint64 ichiro = service.add(ContactBuilder()
                                    .name(QStringLiteral("鈴木"), QStringLiteral("一郎"))
                                    .kana(QStringLiteral("すずき"), QStringLiteral("いちろう"))
                                    .email(QStringLiteral("ichiro@aoba.example.jp")));

    QStringList tagsOf(qint64 id) { return service.get(id).tags; }
};

/// Selects exactly these contacts' rows, finding them by the id every row carries (the
/// list's order and paging are the model's business).
void selectContacts(MainWindow &window, const QList<qint64> &ids)
{
    QTableView *view = window.contactsView();
    QItemSelectionModel *selection = view->selectionModel();
    selection->clearSelection();
    int selected = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (ids.contains(index.data(ContactListModel::IdRole).toLongLong())) {
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ++selected;
        }
    }
    REQUIRE(selected == ids.size());
}

QAction *action(MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found);
    // What the Contact menu offers for the selection, the list's context menu offers too.
    CHECK(window.contactsView()->actions().contains(found));
    return found;
}

/// Triggers the action and types `text` into the input dialog it opens; `offered` gets the
/// choices of a dialog that offers some.
bool answered(QAction *action, const QString &text, QStringList *offered = nullptr)
{
    test::ModalDialogAction type([&](QDialog *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        REQUIRE(input);
        if (offered)
            *offered = input->comboBoxItems();
        input->setTextValue(text);
        input->accept();
    });
    action->trigger();
    return type.done();
}

} // namespace

TEST_CASE("a tag goes on every selected row in one step, and undo takes off only what it put "
          "on",
          "[gui][undo][bulk][tags]")
{
    Fixture f;
    MainWindow window(f.service, f.t.path());
    window.show();
    QAction *addTag = action(window, "addTagAction");
    QAction *removeTag = action(window, "removeTagAction");
    auto *stack = window.contactActions()->undoStack();
    const int index = stack->index();

    // Taro has the tag already; Hanako gets it; Ichiro is not selected.
    selectContacts(window, {f.taro, f.hanako});
    REQUIRE(addTag->isEnabled());
    CHECK(answered(addTag, QStringLiteral("展示会")));
    CHECK(stack->index() == index + 1);
    CHECK(f.tagsOf(f.taro) == QStringList{QStringLiteral("展示会")});
    CHECK(f.tagsOf(f.hanako) == QStringList{QStringLiteral("展示会")});
    CHECK(f.tagsOf(f.ichiro).isEmpty());

    stack->undo();
    CHECK(f.tagsOf(f.taro) == QStringList{QStringLiteral("展示会")});
    CHECK(f.tagsOf(f.hanako).isEmpty());
    CHECK(f.tagsOf(f.ichiro).isEmpty());
    stack->redo();
    CHECK(f.tagsOf(f.hanako) == QStringList{QStringLiteral("展示会")});

    // Removing from all three: Ichiro never had it, so only two lose it and come back.
    selectContacts(window, {f.taro, f.hanako, f.ichiro});
    QStringList offered;
    CHECK(answered(removeTag, QStringLiteral("展示会"), &offered));
    CHECK(offered == QStringList{QStringLiteral("展示会")});
    CHECK(stack->index() == index + 2);
    for (qint64 id : {f.taro, f.hanako, f.ichiro})
        CHECK(f.tagsOf(id).isEmpty());
    window.contactActions()->undoAction()->trigger();
    CHECK(f.tagsOf(f.taro) == QStringList{QStringLiteral("展示会")});
    CHECK(f.tagsOf(f.hanako) == QStringList{QStringLiteral("展示会")});
    CHECK(f.tagsOf(f.ichiro).isEmpty());
}

TEST_CASE("Export Selection writes exactly the selected contacts, in the format of the file "
          "type picked",
          "[gui][bulk][export]")
{
    Fixture f;
    MainWindow window(f.service, f.t.path());
    window.show();
    QAction *exportSelection = action(window, "exportSelectionAction");
    window.contactsView()->selectionModel()->clearSelection();
    CHECK_FALSE(exportSelection->isEnabled());
    selectContacts(window, {f.taro, f.ichiro});
    REQUIRE(exportSelection->isEnabled());
    QTemporaryDir dir;

    // Picks a file type and a name in the save dialog the action opens.
    const auto exportAs = [&](int filter, const QString &name) {
        test::ModalDialogAction save([&](QDialog *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            REQUIRE(files);
            REQUIRE(files->nameFilters().size() == 2);
            files->selectNameFilter(files->nameFilters().at(filter));
            // Typed, as a user would: selectFile() races the dialog's directory listing,
            // which now and then put the suggested name back.
            auto *typed = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            REQUIRE(typed);
            typed->setText(dir.filePath(name));
            dialog->accept(); // QFileDialog's own accept() (protected there) checks the name
        });
        exportSelection->trigger();
        CHECK(save.done());
    };
    const auto read = [&](const QString &name) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    };

    exportAs(1, QStringLiteral("two.vcf"));
    const QString vcard = read(QStringLiteral("two.vcf"));
    CHECK(vcard.count(QStringLiteral("BEGIN:VCARD")) == 2);
    CHECK(vcard.contains(QStringLiteral("taro@hikari.example.jp")));
    CHECK(vcard.contains(QStringLiteral("ichiro@aoba.example.jp")));
    CHECK_FALSE(vcard.contains(QStringLiteral("hanako")));

    // The CSV type, and a name typed without an ending, which gets the type's.
    exportAs(0, QStringLiteral("two"));
    const QStringList lines =
        read(QStringLiteral("two.csv")).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // the header and the two people
    CHECK(lines.at(1).contains(QStringLiteral("ichiro@aoba.example.jp")));
    CHECK(lines.at(2).contains(QStringLiteral("taro@hikari.example.jp")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("two.csv")));
}

TEST_CASE("the call sheet for the selection holds only the selected people's follow-ups",
          "[gui][bulk][report]")
{
    Fixture f;
    const QDate tomorrow = f.service.today().addDays(1);
    FollowUpService followUps(f.t.db(), f.service.today());
    for (qint64 id : {f.taro, f.hanako, f.ichiro}) {
        FollowUp followUp;
        followUp.contactId = id;
        followUp.dueOn = tomorrow;
        followUp.purpose = QStringLiteral("見積のご連絡");
        followUps.add(followUp);
    }
    MainWindow window(f.service, f.t.path());
    window.show();
    QAction *callSheet = action(window, "selectionCallSheetAction");
    selectContacts(window, {f.taro, f.ichiro});
    REQUIRE(callSheet->isEnabled());

    // The action asks for the period (this week by default), then shows the preview.
    test::ModalDialogAction period([](QDialog *dialog) {
        auto *range = qobject_cast<DatePickerDialog *>(dialog);
        REQUIRE(range);
        CHECK(range->to() == range->from().addDays(6));
        range->accept();
    });
    bool previewed = false;
    QTimer closePreview;
    closePreview.setInterval(10);
    QObject::connect(&closePreview, &QTimer::timeout, [&] {
        if (auto *preview =
                qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
            previewed = true;
            preview->reject();
        }
    });
    closePreview.start();
    callSheet->trigger();
    CHECK(period.done());
    CHECK(previewed);

    // What the preview paints, on a PDF printer.
    auto *output = window.findChild<SelectionOutputActions *>();
    REQUIRE(output);
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("sheet.pdf")));
    ReportPreview::setUp(printer);
    REQUIRE(output->printCallSheet(printer, f.service.today(), tomorrow) == 1);
    const QString text =
        test::PdfText::squeezed(test::PdfText::read(printer.outputFileName()).all());
    CHECK(text.contains(QStringLiteral("山田太郎")));
    CHECK(text.contains(QStringLiteral("鈴木一郎")));
    CHECK_FALSE(text.contains(QStringLiteral("佐藤")));
}
