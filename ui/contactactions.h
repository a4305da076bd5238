#pragma once

#include "domain/contact.h"
#include "followupdone.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QUndoStack;
class QWidget;

namespace kizuna {

class ContactService;

/// What the user does to contacts from the main window: new and edit in the editor, stage,
/// tags, the trash, confirming a reading, and the agenda's completions; every change but the
/// confirmation is a step on one undo stack (Edit › Undo, Redo, with the step's name).
/// After each step, and each undo and redo, changed() asks the pages to read again.
class ContactActions final : public QObject
{
    Q_OBJECT

public:
    /// `selection` gives the ids of the contacts selected in the list, the current one
    /// first. `service` and `window` must outlive the object.
    ContactActions(ContactService &service, QWidget *window,
                   std::function<QList<qint64>()> selection);

    QUndoStack *undoStack() const { return m_stack; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *addTagAction() const { return m_addTag; }
    QAction *removeTagAction() const { return m_removeTag; }
    QAction *changeStageAction() const { return m_changeStage; }
    QAction *scheduleAction() const { return m_schedule; }

    /// Opens the editor for a new contact (modal); returns the new id, 0 when cancelled.
    qint64 newContact();
    /// Opens the editor on the stored contact (modal); true when an edit was saved.
    bool editContact(qint64 id);
    // Each is one undoable step; false (the user told why) when it could not be done or
    // would change nothing.
    bool setStage(qint64 id, Stage stage);
    /// Moves every listed contact to `stage` in one step; returns how many moved.
    int setStage(const QList<qint64> &ids, Stage stage);
    bool addTag(qint64 id, const QString &tag);
    bool removeTag(qint64 id, const QString &tag);
    /// Puts the tag on (takes it off) every listed contact in one step; returns how many
    /// gained (lost) it. Those that had it already (did not have it) are not in the step.
    int addTag(const QList<qint64> &ids, const QString &tag);
    int removeTag(const QList<qint64> &ids, const QString &tag);
    bool moveToTrash(const QList<qint64> &ids);
    /// Marks the guessed reading as right (not a step to undo: it only clears the marker).
    bool confirmReading(qint64 id);
    /// The agenda marked a follow-up done: the step goes on the stack.
    void followUpDone(const FollowUpDone &done);

    /// Enables the actions that need a selected contact; call when the selection changes.
    void updateActions();

signals:
    /// Contacts or follow-ups were written or taken back: the pages read again.
    void changed();
    /// A new contact was stored: the window shows it.
    void contactAdded(qint64 id);
    void message(const QString &text);

private:
    void buildActions();
    void askTag();
    void askRemoveTag();
    void askStage();
    void askSchedule();
    /// The contact as stored, or empty (and the user told) when it cannot be read.
    std::optional<Contact> read(qint64 id);
    int pushTag(const QList<qint64> &ids, const QString &tag, bool add);
    void warn(const QString &text) const;
    qint64 current() const;

    ContactService &m_service;
    QWidget *m_window;
    std::function<QList<qint64>()> m_selection;
    QUndoStack *m_stack = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_addTag = nullptr;
    QAction *m_removeTag = nullptr;
    QAction *m_changeStage = nullptr;
    QAction *m_schedule = nullptr;
};

} // namespace kizuna
