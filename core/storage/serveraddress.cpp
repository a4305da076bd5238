#include "serveraddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerAddress", text);
}

// The libpq parameters an address may carry. Others (host=, password=, options=) would let
// the query part contradict or bypass what the address says.
bool isAllowedParameter(const QString &name)
{
    static const QStringList allowed{
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),       QStringLiteral("keepalives_idle")};
    return allowed.contains(name);
}

} // namespace

bool ServerAddress::isServer(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    auto failed = [error](const QString &reason) -> std::optional<ServerAddress> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!isServer(text))
        return failed(tr("a server address starts with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return failed(tr("the address is not valid (%1)").arg(url.errorString()));
    if (!url.password().isEmpty())
        return failed(tr("the address holds a password; Kizuna takes it from PGPASSWORD or "
                         "~/.pgpass, or asks for it, and never keeps it in an address"));
    ServerAddress address;
    address.m_user = url.userName();
    address.m_host = url.host();
    if (address.m_host.isEmpty())
        return failed(tr("the address names no server (postgresql://USER@HOST:PORT/DBNAME)"));
    address.m_port = url.port(5432);
    if (address.m_port <= 0 || address.m_port > 65535)
        return failed(tr("the port must be between 1 and 65535"));
    address.m_database = url.path().mid(1);
    if (address.m_database.isEmpty() || address.m_database.contains(QLatin1Char('/')))
        return failed(tr("the address names no database (postgresql://USER@HOST:PORT/DBNAME)"));
    if (address.m_user.isEmpty())
        return failed(tr("the address names no user (postgresql://USER@HOST:PORT/DBNAME)"));
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!isAllowedParameter(name))
            return failed(tr("the address has a parameter Kizuna does not take: %1").arg(name));
        // Qt's QPSQL joins the options with ';' and hands them to libpq as key=value words.
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) ||
            value.contains(QLatin1Char('\'')))
            return failed(tr("the value of %1 may not contain spaces, quotes or ';'").arg(name));
        address.m_parameters.append({name, value});
    }
    return address;
}

QString ServerAddress::connectOptions() const
{
    QStringList options;
    for (const auto &[name, value] : m_parameters)
        options.append(name + QLatin1Char('=') + value);
    return options.join(QLatin1Char(';'));
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_parameters.isEmpty()) {
        QUrlQuery query;
        for (const auto &[name, value] : m_parameters)
            query.addQueryItem(name, value);
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace kizuna
