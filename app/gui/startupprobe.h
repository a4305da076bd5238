#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace kizuna {

/// Reports, when KIZUNA_STARTUP_REPORT is set, how long the app took from main() to the first
/// painted main window and how much memory it held then: one line on stderr that the GUI
/// benchmark (bench/guibench.cpp) reads. Without the variable it does nothing.
class StartupProbe final : public QObject
{
public:
    /// Starts the clock; call first thing in main().
    StartupProbe();

    /// Watches `window` for its first paint; reports once, for the first window only.
    void watch(QWidget *window);

    static constexpr const char *kVariable = "KIZUNA_STARTUP_REPORT";

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report() const;

    QElapsedTimer m_sinceMain;
    bool m_enabled = false;
    bool m_reported = false;
};

} // namespace kizuna
