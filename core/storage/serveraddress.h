#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace kizuna {

/// Where a team's shared database lives: a PostgreSQL server named the way PostgreSQL users
/// write it, `postgresql://USER@HOST:PORT/DBNAME?sslmode=verify-full`.
///
/// Kizuna takes a server wherever it takes a file, so everything that names a database names
/// it by the text of either. A password never travels in the address: libpq reads it from
/// PGPASSWORD or ~/.pgpass, and the window asks for it; an address with one is refused, so it
/// cannot end up in the recent-files list or a shell's history.
class ServerAddress final
{
public:
    /// True when `location` names a server rather than a file.
    static bool isServer(const QString &location);
    /// Parses `text`; on failure returns nothing and sets `error` to the reason.
    static std::optional<ServerAddress> parse(const QString &text, QString *error);

    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    /// The libpq parameters after '?' (sslmode, sslrootcert, connect_timeout…), in order.
    const QList<QPair<QString, QString>> &parameters() const { return m_parameters; }
    /// The parameters in Qt's QPSQL connect-options form ("sslmode=verify-full;…").
    QString connectOptions() const;

    /// The canonical text of the address, the way it is shown and remembered.
    QString toString() const;

private:
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace kizuna
