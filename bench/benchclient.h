#pragma once

#include <QDate>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>

namespace kizuna::bench {

/// One `kizuna-cli` run of a BenchClient and what the client was told.
struct ClientCommand
{
    enum class Kind
    {
        Agenda,   ///< lists the open follow-ups due around today
        Complete, ///< `followups done ID`
        Schedule, ///< `followups add CONTACT_ID`
    };
    enum class Result
    {
        Ok,
        Conflict, ///< refused clearly: someone else completed the follow-up first
        Error,    ///< anything else; `message` holds what the program said
    };
    Kind kind = Kind::Agenda;
    Result result = Result::Ok;
    double milliseconds = 0;
    qint64 id = 0; ///< the follow-up completed or scheduled
    QString message;
};

/// One user of a team's database, played by starting `kizuna-cli` again and again until the
/// deadline: looks at the agenda, completes one of the first follow-ups on it at random (so
/// users often pick the same one) and schedules a new follow-up for a random contact. Every
/// command's outcome is logged for counting afterwards. Runs in the event loop; several run
/// side by side in one thread.
class BenchClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchClient)

public:
    struct Setup
    {
        QString cli;      ///< the kizuna-cli program
        QString database; ///< file or server address, as --db takes it
        QDate today;
        QString tag; ///< marks the summaries and purposes this run writes
        QList<qint64> contactIds;
        int index = 0;
        /// How many of the agenda's first follow-ups a pick is made from.
        int pickFrom = 10;
    };

    BenchClient(Setup setup, QDeadlineTimer deadline, QObject *parent = nullptr);

    void start();
    bool isDone() const { return m_done; }
    const QList<ClientCommand> &log() const { return m_log; }

signals:
    void finished();

private:
    void run(ClientCommand::Kind kind, qint64 id, const QStringList &arguments);
    void recordAndContinue();
    void nextAfter(const ClientCommand &command, const QByteArray &out);

    Setup m_setup;
    QDeadlineTimer m_deadline;
    QProcess m_process;
    QElapsedTimer m_timer;
    QRandomGenerator m_random;
    ClientCommand m_current;
    QList<ClientCommand> m_log;
    int m_step = 0;
    bool m_done = false;
};

} // namespace kizuna::bench
