#pragma once

#include <QMessageBox>
#include <QObject>
#include <QTimer>

namespace kizuna::test {

/// Answers the next message box that opens (a question the code under test asks with
/// QMessageBox::question and waits for) by clicking `button`. Polls, because the box opens
/// and runs its own event loop after the test has handed control to the code.
class ModalAnswer final : public QObject
{
public:
    explicit ModalAnswer(QMessageBox::StandardButton button);

    /// The text of the box that was answered; empty while none was.
    QString question() const { return m_question; }
    bool answered() const { return !m_question.isEmpty(); }

private:
    void poll();

    QMessageBox::StandardButton m_button;
    QTimer m_timer;
    QString m_question;
};

} // namespace kizuna::test
