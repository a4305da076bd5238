#include "serverconnection.h"

#include "serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

#include <memory>

namespace kizuna::serverconnection {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

// libpq's words for a failed connection; it reports no SQLSTATE before it is connected.
StorageError::Kind kindOfConnectFailure(const QString &text)
{
    if (text.contains(QStringLiteral("password authentication failed")) ||
        text.contains(QStringLiteral("no password supplied")) ||
        text.contains(QStringLiteral("authentication failed")))
        return StorageError::Kind::Authentication;
    if (text.contains(QStringLiteral("certificate")) || text.contains(QStringLiteral("SSL")))
        return StorageError::Kind::Insecure;
    if (text.contains(QStringLiteral("does not exist")))
        return StorageError::Kind::NotADatabase;
    return StorageError::Kind::Unreachable;
}

} // namespace

void open(QSqlDatabase &db, const ServerAddress &address, const QString &password,
          const QString &shownAs)
{
    db.setHostName(address.host());
    db.setPort(address.port());
    db.setDatabaseName(address.databaseName());
    db.setUserName(address.user());
    if (!password.isEmpty())
        db.setPassword(password);
    QString options = address.connectOptions();
    // A server that does not answer should say so in seconds, not after the OS's minutes.
    if (!options.contains(QStringLiteral("connect_timeout=")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";")) +
                   QStringLiteral("connect_timeout=10");
    options += QStringLiteral(";application_name=kizuna");
    db.setConnectOptions(options);
    if (db.open())
        return;
    const QSqlError error = db.lastError();
    const StorageError::Kind kind = kindOfConnectFailure(error.text());
    throw StorageError(kind, shownAs, reasonFor(kind, error));
}

StorageError::Kind kindOf(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.size() != 5) {
        if (error.type() == QSqlError::ConnectionError)
            return kindOfConnectFailure(error.text());
        return StorageError::Kind::Generic;
    }
    if (state == QStringLiteral("53100"))
        return StorageError::Kind::DiskFull;
    if (state == QStringLiteral("40001") || state == QStringLiteral("40P01") ||
        state == QStringLiteral("55P03"))
        return StorageError::Kind::Locked;
    if (state.startsWith(QStringLiteral("08")) || state == QStringLiteral("57P01") ||
        state == QStringLiteral("57P02") || state == QStringLiteral("57P03"))
        return StorageError::Kind::ConnectionLost;
    if (state == QStringLiteral("42501") || state == QStringLiteral("25006"))
        return StorageError::Kind::ReadOnly;
    if (state == QStringLiteral("XX001") || state == QStringLiteral("XX002"))
        return StorageError::Kind::Corrupt;
    return StorageError::Kind::Generic;
}

QString reasonFor(StorageError::Kind kind, const QSqlError &error)
{
    const QString said = error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                                  : error.databaseText().trimmed();
    switch (kind) {
    case StorageError::Kind::Authentication:
        return tr("the server refused the user name or password (%1); set PGPASSWORD or "
                  "~/.pgpass, or enter the password when asked")
            .arg(said);
    case StorageError::Kind::Unreachable:
        return tr("the server cannot be reached (%1); check the address, the network and "
                  "that the server is running")
            .arg(said);
    case StorageError::Kind::Insecure:
        return tr("a secure connection could not be made (%1); check sslmode and the "
                  "server's certificate")
            .arg(said);
    case StorageError::Kind::NotADatabase:
        return tr("the server has no such database (%1); ask its administrator to create it")
            .arg(said);
    case StorageError::Kind::ConnectionLost:
        return tr("the connection to the server was lost (%1); nothing of this change was "
                  "saved, try again")
            .arg(said);
    case StorageError::Kind::DiskFull:
        return tr("the server's disk is full; nothing was changed");
    case StorageError::Kind::Locked:
        return tr("someone else was changing the same records at the same moment; try again");
    case StorageError::Kind::ReadOnly:
        return tr("the server does not let this user change the database (%1)").arg(said);
    case StorageError::Kind::Corrupt:
        return tr("the server reports damaged data (%1)").arg(said);
    default:
        return said;
    }
}

std::function<void()> canceller(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "PGconn*") != 0)
        return [] {
        };
    PGconn *connection = *static_cast<PGconn *const *>(v.constData());
    // PQgetCancel's object may be used from any thread while the connection lives.
    std::shared_ptr<PGcancel> cancel(PQgetCancel(connection), PQfreeCancel);
    return [cancel] {
        if (!cancel)
            return;
        char message[256];
        PQcancel(cancel.get(), message, sizeof message);
    };
}

} // namespace kizuna::serverconnection
