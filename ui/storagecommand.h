#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>
#include <QWidget>

namespace kizuna {

/// A step on the Edit menu's undo stack that writes through core. When undoing or redoing
/// it fails (someone else changed the same thing meanwhile, or the record is gone), the user
/// is told why and the step leaves the stack: it cannot be taken, and trying again would
/// only fail again or overwrite the other change.
class StorageCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::StorageCommand)

public:
    void redo() final;
    void undo() final;

protected:
    /// `done`: the change was already written when the command is pushed (a dialog saved
    /// it), so the first redo() writes nothing. `window` parents the message boxes.
    StorageCommand(QWidget *window, const QString &text, bool done);

    /// Writes the change; throws StorageError or ValidationError.
    virtual void apply() = 0;
    /// Takes it back; throws StorageError or ValidationError.
    virtual void revert() = 0;

private:
    void run(bool forward);
    void tell(const QString &title, const QString &reason) const;

    QPointer<QWidget> m_window;
    bool m_skipRedo;
};

} // namespace kizuna
