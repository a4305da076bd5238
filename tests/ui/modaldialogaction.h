#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QDialog;

namespace kizuna::test {

/// Works the next modal dialog that opens (one the code under test runs with exec() and
/// waits for) through `act`, which fills its fields and closes it. Polls, as ModalAnswer
/// does, because the dialog runs its own event loop after the test handed control over.
class ModalDialogAction final : public QObject
{
public:
    explicit ModalDialogAction(std::function<void(QDialog *)> act);

    bool done() const { return m_done; }

private:
    void poll();

    std::function<void(QDialog *)> m_act;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace kizuna::test
