#include "storagecommand.h"

#include "storage/storageerror.h"

#include <QMessageBox>
#include <QMetaObject>

namespace kizuna {

StorageCommand::StorageCommand(QWidget *window, const QString &text, bool done)
    : QUndoCommand(text)
    , m_window(window)
    , m_skipRedo(done)
{}

void StorageCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    run(true);
}

void StorageCommand::undo()
{
    run(false);
}

void StorageCommand::run(bool forward)
{
    const QString title =
        forward ? tr("Cannot redo %1").arg(text()) : tr("Cannot undo %1").arg(text());
    try {
        if (forward)
            apply();
        else
            revert();
        return;
    } catch (const StorageError &error) {
        // Core's reasons are in English; the one the user meets here is said in theirs.
        tell(title, error.kind() == StorageError::Kind::Conflict
                        ? tr("The same details were changed again in another window or program "
                             "since then, and that change stands.")
                        : error.reason());
    } catch (const ValidationError &error) {
        tell(title, error.reason());
    }
    // An obsolete command is deleted by the stack once undo() or redo() returns.
    setObsolete(true);
}

void StorageCommand::tell(const QString &title, const QString &reason) const
{
    // After the stack has finished with the step: a message box's event loop must not run
    // inside QUndoStack::undo(), where the stack is half-way through changing its index.
    const QString text =
        tr("%1\n\nNothing was changed, and the step was removed from the undo list.").arg(reason);
    QMetaObject::invokeMethod(
        m_window ? static_cast<QObject *>(m_window) : QCoreApplication::instance(),
        [window = m_window, title, text] { QMessageBox::warning(window, title, text); },
        Qt::QueuedConnection);
}

} // namespace kizuna
