#include "modalanswer.h"

#include <QAbstractButton>
#include <QApplication>

namespace kizuna::test {

ModalAnswer::ModalAnswer(QMessageBox::StandardButton button)
    : m_button(button)
{
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &ModalAnswer::poll);
    m_timer.start();
}

void ModalAnswer::poll()
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box || !box->button(m_button))
        return;
    m_timer.stop();
    m_question = box->text();
    box->button(m_button)->click();
}

} // namespace kizuna::test
