#include "benchclient.h"

#include <utility>

namespace kizuna::bench {

namespace {

// What `followups done` says when someone else closed the follow-up first: read closed, or
// closed by another client between the read and the write.
bool isRefusal(const QString &message)
{
    return message.contains(QStringLiteral("is already done")) ||
           message.contains(QStringLiteral("is already skipped")) ||
           message.contains(QStringLiteral("changed while it was being saved"));
}

QList<qint64> firstColumn(const QByteArray &out)
{
    QList<qint64> ids;
    for (const QByteArray &line : out.split('\n')) {
        bool ok = false;
        const qint64 id = line.left(line.indexOf('\t')).toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

} // namespace

BenchClient::BenchClient(Setup setup, QDeadlineTimer deadline, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_deadline(deadline)
    , m_random(static_cast<quint32>(1000 + m_setup.index))
{
    connect(&m_process, &QProcess::finished, this, &BenchClient::recordAndContinue);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        // A program that never started sends no finished(); one that crashed does.
        if (error == QProcess::FailedToStart)
            recordAndContinue();
    });
}

void BenchClient::start()
{
    const QString today = m_setup.today.toString(Qt::ISODate);
    run(ClientCommand::Kind::Agenda, 0,
        {QStringLiteral("agenda"), QStringLiteral("range"), QStringLiteral("--from"),
         m_setup.today.addDays(-60).toString(Qt::ISODate), QStringLiteral("--to"),
         m_setup.today.addDays(60).toString(Qt::ISODate), QStringLiteral("--limit"),
         QString::number(m_setup.pickFrom)});
}

void BenchClient::run(ClientCommand::Kind kind, qint64 id, const QStringList &arguments)
{
    if (m_deadline.hasExpired()) {
        m_done = true;
        emit finished();
        return;
    }
    m_current = ClientCommand{};
    m_current.kind = kind;
    m_current.id = id;
    ++m_step;
    m_timer.start();
    m_process.start(m_setup.cli,
                    QStringList{QStringLiteral("--db"), m_setup.database, QStringLiteral("--today"),
                                m_setup.today.toString(Qt::ISODate)} +
                        arguments);
}

void BenchClient::recordAndContinue()
{
    ClientCommand command = m_current;
    command.milliseconds = static_cast<double>(m_timer.nsecsElapsed()) / 1e6;
    const QByteArray out = m_process.readAllStandardOutput();
    const QString err = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
    const bool ok = m_process.error() != QProcess::FailedToStart &&
                    m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    if (ok) {
        command.result = ClientCommand::Result::Ok;
        if (command.kind == ClientCommand::Kind::Schedule)
            command.id = out.trimmed().toLongLong();
    } else {
        command.message = err.isEmpty() ? m_process.errorString() : err;
        command.result = command.kind == ClientCommand::Kind::Complete &&
                                 m_process.exitCode() == 1 && isRefusal(command.message)
                             ? ClientCommand::Result::Conflict
                             : ClientCommand::Result::Error;
    }
    m_log.append(command);
    nextAfter(command, out);
}

void BenchClient::nextAfter(const ClientCommand &command, const QByteArray &out)
{
    if (command.kind == ClientCommand::Kind::Agenda &&
        command.result == ClientCommand::Result::Ok) {
        const QList<qint64> open = firstColumn(out);
        if (!open.isEmpty()) {
            const qint64 id = open.at(m_random.bounded(static_cast<int>(open.size())));
            run(ClientCommand::Kind::Complete, id,
                {QStringLiteral("followups"), QStringLiteral("done"), QString::number(id),
                 QStringLiteral("--summary"),
                 QStringLiteral("%1 client %2 step %3")
                     .arg(m_setup.tag)
                     .arg(m_setup.index)
                     .arg(m_step),
                 QStringLiteral("--outcome"), QStringLiteral("reached"),
                 QStringLiteral("--no-next")});
            return;
        }
    }
    if (command.kind != ClientCommand::Kind::Schedule) {
        const qint64 contact =
            m_setup.contactIds.at(m_random.bounded(static_cast<int>(m_setup.contactIds.size())));
        run(ClientCommand::Kind::Schedule, 0,
            {QStringLiteral("followups"), QStringLiteral("add"), QString::number(contact),
             QStringLiteral("--due"),
             m_setup.today.addDays(m_random.bounded(30)).toString(Qt::ISODate),
             QStringLiteral("--purpose"),
             QStringLiteral("%1 client %2 step %3")
                 .arg(m_setup.tag)
                 .arg(m_setup.index)
                 .arg(m_step)});
        return;
    }
    start();
}

} // namespace kizuna::bench
