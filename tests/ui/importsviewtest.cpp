#include "importsview.h"
#include "contactlistmodel.h"
#include "contacts/contactservice.h"
#include "import/contactimporter.h"
#include "importbatchmodel.h"
#include "importfixtures.h"
#include "importpageid.h"
#include "importresultpage.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "testdatabase.h"

#include "qtcatch.h"
#include "waituntil.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace kizuna;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

// Drops local files on a widget as a file manager would; true when the drop was taken.
bool dropFiles(QWidget &target, const QStringList &files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &f : files)
        urls.append(QUrl::fromLocalFile(f));
    mime.setUrls(urls);
    const QPoint at(target.width() / 2, target.height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &drop);
    return drop.isAccepted();
}

} // namespace

TEST_CASE("the Imports page lists past imports and undoes the one selected", "[gui][import]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    ImportsView view(service);
    view.show();
    CHECK(view.model()->rowCount() == 0);
    CHECK_FALSE(view.undoButton()->isEnabled());

    ContactImporter(t.db(), service).importFile(test::eightCp932File(), {});
    view.refresh();
    const ImportBatchModel *model = view.model();
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, ImportBatchModel::FileColumn) == s("eight-cp932.csv"));
    CHECK(cell(model, 0, ImportBatchModel::PresetColumn) == s("Eight"));
    CHECK(cell(model, 0, ImportBatchModel::CreatedColumn) == s("2"));
    CHECK(cell(model, 0, ImportBatchModel::MergedColumn) == s("1"));
    CHECK(cell(model, 0, ImportBatchModel::RejectedColumn) == s("3"));
    CHECK(cell(model, 0, ImportBatchModel::StatusColumn) == s("取り込み済み"));
    CHECK(model->headerData(ImportBatchModel::CreatedColumn, Qt::Horizontal).toString() ==
          s("新規"));

    view.table()->selectionModel()->setCurrentIndex(model->index(0, 0),
                                                    QItemSelectionModel::SelectCurrent);
    REQUIRE(view.undoButton()->isEnabled());
    QSignalSpy changed(&view, &ImportsView::contactsChanged);
    {
        // Saying no leaves everything as it was.
        test::ModalAnswer no(QMessageBox::No);
        view.undoButton()->click();
        CHECK(no.answered());
        CHECK(service.count({}) == 2);
        CHECK(changed.isEmpty());
    }
    test::ModalAnswer yes(QMessageBox::Yes);
    view.undoButton()->click();
    CHECK(yes.question().contains(s("2")));
    CHECK(service.count({}) == 0);
    CHECK(changed.size() == 1);
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(model, 0, ImportBatchModel::StatusColumn).startsWith(s("取り消し")));
    view.table()->selectionModel()->setCurrentIndex(model->index(0, 0),
                                                    QItemSelectionModel::SelectCurrent);
    CHECK_FALSE(view.undoButton()->isEnabled());
    CHECK(view.messageText().contains(s("eight-cp932.csv")));
}

TEST_CASE("the main window has an Imports page, Ctrl+I and file drops open the wizard",
          "[gui][import][window]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    MainWindow window(service, t.path());
    window.show();
    QListWidget *pages = window.pageList();
    REQUIRE(pages->count() == 6);
    CHECK(pages->item(4)->text() == s("取り込み"));
    CHECK(window.pageStack()->widget(4) == window.importsView());

    auto *action = window.findChild<QAction *>(QStringLiteral("importCardsAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
    action->trigger();
    auto *wizard = window.findChild<ImportWizard *>();
    REQUIRE(wizard);
    CHECK(wizard->currentId() == ImportFilePageId);
    CHECK(wizard->windowModality() == Qt::WindowModal);
    wizard->reject();
    REQUIRE(test::waitUntil(
        [&] { return window.findChild<ImportWizard *>() == nullptr; })); // deleted when closed

    CHECK_FALSE(dropFiles(window, {t.folder() + QStringLiteral("/photo.png")}));
    CHECK_FALSE(dropFiles(window, {test::eightCp932File(), test::eightCp932File()}));
    CHECK(window.findChild<ImportWizard *>() == nullptr);
    REQUIRE(dropFiles(window, {test::eightCp932File()}));
    wizard = window.findChild<ImportWizard *>();
    REQUIRE(wizard);
    CHECK(wizard->currentId() == ImportPreviewPageId);
    wizard->reject();
    QSettings().remove(QStringLiteral("MainWindow"));
}

TEST_CASE("after an import from the window its lists show the new contacts",
          "[gui][import][window]")
{
    test::TestDatabase t;
    ContactService service(t.db(), nullptr);
    MainWindow window(service, t.path());
    window.show();
    CHECK(window.contactsModel()->totalCount() == 0);
    ImportWizard *wizard = window.openImportWizard(test::eightCp932File());
    wizard->next();
    wizard->next();
    REQUIRE(
        test::waitUntil([&] { return wizard->button(QWizard::CommitButton)->isEnabled(); }, 20000));
    wizard->next();
    REQUIRE(test::waitUntil([&] { return wizard->currentId() == int(ImportResultPageId); }, 20000));
    CHECK(window.contactsModel()->totalCount() == 2);
    CHECK(window.importsView()->model()->rowCount() == 1);

    test::ModalAnswer yes(QMessageBox::Yes);
    wizard->resultPage()->undoButton()->click();
    CHECK(window.contactsModel()->totalCount() == 0);
    CHECK(cell(window.importsView()->model(), 0, ImportBatchModel::StatusColumn)
              .startsWith(s("取り消し")));
    wizard->accept();
    QSettings().remove(QStringLiteral("MainWindow"));
}
