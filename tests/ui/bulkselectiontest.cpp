#include "contactactions.h"
#include "contactbuilder.h"
#include "contactlistmodel.h"
#include "contacts/contactservice.h"
#include "mainwindow.h"
#include "modaldialogaction.h"
#include "testdatabase.h"

#include "qtcatch.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QTableView>
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
