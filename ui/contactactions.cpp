#include "contactactions.h"

#include "completefollowupcommand.h"
#include "contacteditordialog.h"
#include "contacts/contactservice.h"
#include "domain/personname.h"
#include "editcontactcommand.h"
#include "schedulefollowupdialog.h"
#include "schedulefollowupscommand.h"
#include "stagechangecommand.h"
#include "stagepalette.h"
#include "storage/storageerror.h"
#include "tagcommand.h"
#include "trashcontactscommand.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>

namespace kizuna {

namespace {

QString nameOf(const Contact &contact)
{
    return displayName(contact, nameOrderFor(QLocale()));
}

} // namespace

ContactActions::ContactActions(ContactService &service, QWidget *window,
                               std::function<QList<qint64>()> selection)
    : QObject(window)
    , m_service(service)
    , m_window(window)
    , m_selection(std::move(selection))
    , m_stack(new QUndoStack(this))
{
    buildActions();
    // Every push, undo and redo moves the index: the pages show the result.
    connect(m_stack, &QUndoStack::indexChanged, this, &ContactActions::changed);
    updateActions();
}

void ContactActions::buildActions()
{
    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, m_stack, &QUndoStack::undo);
    m_redo = new QAction(this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);
    const auto name = [this] {
        m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
        m_undo->setEnabled(m_stack->canUndo());
        m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
        m_redo->setEnabled(m_stack->canRedo());
    };
    connect(m_stack, &QUndoStack::indexChanged, this, name);
    connect(m_stack, &QUndoStack::undoTextChanged, this, name);
    connect(m_stack, &QUndoStack::redoTextChanged, this, name);
    name();

    m_new = new QAction(tr("&New Contact…"), this);
    m_new->setObjectName(QStringLiteral("newContactAction"));
    // Ctrl+N is File › New Database.
    m_new->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    connect(m_new, &QAction::triggered, this, [this] { newContact(); });
    m_edit = new QAction(tr("&Edit Contact…"), this);
    m_edit->setObjectName(QStringLiteral("editContactAction"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = current())
            editContact(id);
    });
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteContactAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, [this] { moveToTrash(m_selection()); });
    m_addTag = new QAction(tr("Add &Tag…"), this);
    m_addTag->setObjectName(QStringLiteral("addTagAction"));
    connect(m_addTag, &QAction::triggered, this, &ContactActions::askTag);
    m_removeTag = new QAction(tr("Re&move Tag…"), this);
    m_removeTag->setObjectName(QStringLiteral("removeTagAction"));
    connect(m_removeTag, &QAction::triggered, this, &ContactActions::askRemoveTag);
    m_changeStage = new QAction(tr("Change &Stage of Selection…"), this);
    m_changeStage->setObjectName(QStringLiteral("changeStageAction"));
    connect(m_changeStage, &QAction::triggered, this, &ContactActions::askStage);
    m_schedule = new QAction(tr("Schedule &Follow-up for Selection…"), this);
    m_schedule->setObjectName(QStringLiteral("scheduleFollowUpsAction"));
    connect(m_schedule, &QAction::triggered, this, &ContactActions::askSchedule);
}

void ContactActions::updateActions()
{
    const bool any = current() != 0;
    for (QAction *action : {m_edit, m_delete, m_addTag, m_removeTag, m_changeStage, m_schedule})
        action->setEnabled(any);
}

qint64 ContactActions::current() const
{
    const QList<qint64> ids = m_selection();
    return ids.isEmpty() ? 0 : ids.first();
}

void ContactActions::warn(const QString &text) const
{
    QMessageBox::warning(m_window, tr("Kizuna"), text);
}

std::optional<Contact> ContactActions::read(qint64 id)
{
    try {
        return m_service.get(id);
    } catch (const StorageError &error) {
        warn(error.message());
        return std::nullopt;
    }
}

qint64 ContactActions::newContact()
{
    ContactEditorDialog dialog(m_service, Contact{}, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    // Adding is not a step on the stack: Delete takes a new contact away again.
    emit changed();
    emit contactAdded(dialog.savedId());
    emit message(tr("%1 added.").arg(nameOf(dialog.after())));
    return dialog.savedId();
}

bool ContactActions::editContact(qint64 id)
{
    const auto contact = read(id);
    if (!contact)
        return false;
    ContactEditorDialog dialog(m_service, *contact, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_stack->push(new EditContactCommand(m_service, m_window, dialog.before(), dialog.after()));
    emit message(tr("%1 saved.").arg(nameOf(dialog.after())));
    return true;
}

bool ContactActions::setStage(qint64 id, Stage stage)
{
    const auto contact = read(id);
    if (!contact || contact->stage == stage)
        return false;
    const int steps = m_stack->index();
    m_stack->push(new StageChangeCommand(m_service, m_window, id, nameOf(*contact), stage));
    // A step that failed on its first redo was dropped by the stack at once: the index
    // did not move.
    return m_stack->index() > steps;
}

int ContactActions::setStage(const QList<qint64> &ids, Stage stage)
{
    const int steps = m_stack->index();
    auto *command = new StageChangeCommand(m_service, m_window, ids, stage);
    m_stack->push(command);
    // A step that failed, or moved nobody, was dropped by the stack at once.
    if (m_stack->index() == steps)
        return 0;
    const auto moved = static_cast<int>(command->moved());
    emit message(tr("%n contact(s) moved to %1.", nullptr, moved).arg(StagePalette::label(stage)));
    return moved;
}

bool ContactActions::addTag(qint64 id, const QString &tag)
{
    return addTag(QList<qint64>{id}, tag) > 0;
}

bool ContactActions::removeTag(qint64 id, const QString &tag)
{
    return removeTag(QList<qint64>{id}, tag) > 0;
}

int ContactActions::addTag(const QList<qint64> &ids, const QString &tag)
{
    return pushTag(ids, tag.trimmed(), true);
}

int ContactActions::removeTag(const QList<qint64> &ids, const QString &tag)
{
    return pushTag(ids, tag, false);
}

int ContactActions::pushTag(const QList<qint64> &ids, const QString &tag, bool add)
{
    if (ids.isEmpty() || tag.isEmpty())
        return 0;
    // One person is named in the Edit menu's step; a selection is counted.
    QString name;
    if (ids.size() == 1) {
        const auto contact = read(ids.first());
        if (!contact)
            return 0;
        name = nameOf(*contact);
    }
    const int steps = m_stack->index();
    auto *command = new TagCommand(m_service, m_window, ids, name, tag,
                                   add ? TagCommand::Change::Add : TagCommand::Change::Remove);
    m_stack->push(command);
    // A step that failed, or changed nobody, was dropped by the stack at once.
    if (m_stack->index() == steps)
        return 0;
    const auto changed = static_cast<int>(command->changed());
    if (ids.size() > 1)
        emit message(add ? tr("Tag \"%1\" added to %n contact(s).", nullptr, changed).arg(tag)
                         : tr("Tag \"%1\" removed from %n contact(s).", nullptr, changed).arg(tag));
    return changed;
}

bool ContactActions::moveToTrash(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return false;
    QString name;
    if (ids.size() == 1) {
        const auto contact = read(ids.first());
        if (!contact)
            return false;
        name = nameOf(*contact);
    }
    const int steps = m_stack->index();
    m_stack->push(new TrashContactsCommand(m_service, m_window, ids, name));
    if (m_stack->index() == steps)
        return false;
    emit message(tr("Moved to the trash. Edit › Undo brings it back."));
    return true;
}

bool ContactActions::confirmReading(qint64 id)
{
    try {
        m_service.confirmReading(id);
    } catch (const StorageError &error) {
        warn(error.message());
        return false;
    }
    emit changed();
    return true;
}

void ContactActions::followUpDone(const FollowUpDone &done)
{
    m_stack->push(new CompleteFollowUpCommand(m_service.database(), m_window, done));
}

void ContactActions::askTag()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString label = ids.size() == 1 ? tr("Tag:")
                                          : tr("Tag for %n selected contact(s):", nullptr,
                                               static_cast<int>(ids.size()));
    const QString tag =
        QInputDialog::getText(m_window, tr("Add tag"), label, QLineEdit::Normal, {}, &ok);
    if (ok)
        addTag(ids, tag);
}

void ContactActions::askStage()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    QStringList labels;
    for (Stage stage : allStages())
        labels.append(StagePalette::label(stage));
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        m_window, tr("Change stage"),
        tr("Stage for %n selected contact(s):", nullptr, static_cast<int>(ids.size())), labels, 0,
        false, &ok);
    if (ok && labels.contains(picked))
        setStage(ids, allStages().at(labels.indexOf(picked)));
}

void ContactActions::askSchedule()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    const QDate day = m_service.today().addDays(7);
    ScheduleFollowUpDialog dialog(
        tr("%n selected contact(s)", nullptr, static_cast<int>(ids.size())), Channel::Phone, day,
        {}, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int steps = m_stack->index();
    m_stack->push(new ScheduleFollowUpsCommand(m_service, m_window, ids, dialog.followUp()));
    if (m_stack->index() > steps)
        emit message(tr("A follow-up was scheduled for each of %n contact(s).", nullptr,
                        static_cast<int>(ids.size())));
}

void ContactActions::askRemoveTag()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    QStringList tags;
    try {
        // Every tag any of them carries: the step takes it off those that have it.
        tags = m_service.tagsOf(ids);
    } catch (const StorageError &error) {
        warn(error.message());
        return;
    }
    if (tags.isEmpty()) {
        emit message(
            tr("No tags on the %n selected contact(s).", nullptr, static_cast<int>(ids.size())));
        return;
    }
    bool ok = false;
    const QString tag =
        QInputDialog::getItem(m_window, tr("Remove tag"), tr("Tag:"), tags, 0, false, &ok);
    if (ok)
        removeTag(ids, tag);
}

} // namespace kizuna
