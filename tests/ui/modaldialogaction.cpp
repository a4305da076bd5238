#include "modaldialogaction.h"

#include <QApplication>
#include <QDialog>

namespace kizuna::test {

ModalDialogAction::ModalDialogAction(std::function<void(QDialog *)> act)
    : m_act(std::move(act))
{
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &ModalDialogAction::poll);
    m_timer.start();
}

void ModalDialogAction::poll()
{
    auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
    if (!dialog)
        return;
    m_timer.stop();
    m_done = true;
    m_act(dialog);
}

} // namespace kizuna::test
