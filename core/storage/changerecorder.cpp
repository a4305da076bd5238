// The session extension's functions are declared only with these two defined; Debian's
// libsqlite3 is built with both.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include "changerecorder.h"

#include "database.h"
#include "serverchangerecorder.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChangeRecorder", text);
}

struct RevertState
{
    QByteArray table;
    bool conflict = false;
};

int onlyTable(void *context, const char *table)
{
    return static_cast<RevertState *>(context)->table == table ? 1 : 0;
}

int onConflict(void *context, int reason, sqlite3_changeset_iter *)
{
    if (reason == SQLITE_CHANGESET_NOTFOUND)
        return SQLITE_CHANGESET_OMIT;
    static_cast<RevertState *>(context)->conflict = true;
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

struct ChangeRecorder::Private
{
    const Database &db;
    sqlite3_session *session = nullptr;
    std::unique_ptr<ServerChangeRecorder> server;
};

ChangeRecorder::ChangeRecorder(const Database &db, const QStringList &tables)
    : d(std::make_unique<Private>(Private{db, nullptr, nullptr}))
{
    if (db.isServer()) {
        d->server = std::make_unique<ServerChangeRecorder>(db, tables);
        return;
    }
    if (sqlite3session_create(db.handle(), "main", &d->session) != SQLITE_OK)
        throw StorageError(
            StorageError::Kind::Generic, db.path(),
            tr("cannot record changes: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.handle()))));
    for (const QString &table : tables) {
        if (sqlite3session_attach(d->session, table.toUtf8().constData()) != SQLITE_OK)
            throw StorageError(StorageError::Kind::Generic, db.path(),
                               tr("cannot record changes to %1").arg(table));
    }
}

ChangeRecorder::~ChangeRecorder()
{
    if (d->session)
        sqlite3session_delete(d->session);
}

QByteArray ChangeRecorder::changeset() const
{
    if (d->server)
        return d->server->changeset();
    int size = 0;
    void *data = nullptr;
    if (sqlite3session_changeset(d->session, &size, &data) != SQLITE_OK)
        throw StorageError(StorageError::Kind::Generic, d->db.path(),
                           tr("cannot read the recorded changes"));
    QByteArray bytes(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return bytes;
}

QStringList ChangeRecorder::importTables()
{
    // Children first: reverting applies one table at a time in this order, so that undoing
    // an insert deletes a contact before its company. The other way round, ON DELETE SET
    // NULL would change the contact row under the undo and make it look edited since.
    return {QStringLiteral("import_batch_contacts"),
            QStringLiteral("contact_history"),
            QStringLiteral("contact_match_keys"),
            QStringLiteral("contact_tags"),
            QStringLiteral("stage_changes"),
            QStringLiteral("contacts"),
            QStringLiteral("tags"),
            QStringLiteral("sources"),
            QStringLiteral("companies")};
}

QList<qint64> ChangeRecorder::rowIds(const QByteArray &changeset, const QString &table)
{
    if (ServerChangeRecorder::made(changeset))
        return ServerChangeRecorder::rowIds(changeset, table);
    QList<qint64> ids;
    sqlite3_changeset_iter *iter = nullptr;
    if (sqlite3changeset_start(&iter, static_cast<int>(changeset.size()),
                               const_cast<char *>(changeset.constData())) != SQLITE_OK)
        return ids;
    const QByteArray wanted = table.toUtf8();
    while (sqlite3changeset_next(iter) == SQLITE_ROW) {
        const char *name = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        sqlite3changeset_op(iter, &name, &columns, &op, &indirect);
        if (wanted != name)
            continue;
        sqlite3_value *value = nullptr;
        // The primary key (column 0) is in the old values except for an insert.
        if (op == SQLITE_INSERT)
            sqlite3changeset_new(iter, 0, &value);
        else
            sqlite3changeset_old(iter, 0, &value);
        if (value)
            ids.append(sqlite3_value_int64(value));
    }
    sqlite3changeset_finalize(iter);
    return ids;
}

void ChangeRecorder::revert(const Database &db, const QByteArray &changeset)
{
    if (db.isServer()) {
        ServerChangeRecorder::revert(db, changeset, importTables());
        return;
    }
    int size = 0;
    void *inverse = nullptr;
    if (sqlite3changeset_invert(static_cast<int>(changeset.size()), changeset.constData(), &size,
                                &inverse) != SQLITE_OK)
        throw StorageError(StorageError::Kind::Corrupt, db.path(),
                           tr("the undo data of this import is damaged"));
    // A changeset's own table order is not under our control: apply it table by table.
    RevertState state;
    int rc = SQLITE_OK;
    for (const QString &table : importTables()) {
        state.table = table.toUtf8();
        rc = sqlite3changeset_apply(db.handle(), size, inverse, onlyTable, onConflict, &state);
        if (rc != SQLITE_OK || state.conflict)
            break;
    }
    sqlite3_free(inverse);
    if (state.conflict || rc == SQLITE_ABORT)
        throw StorageError(StorageError::Kind::Conflict, db.path(),
                           tr("contacts of this import were changed after it; undoing it would "
                              "overwrite those changes"));
    if (rc != SQLITE_OK)
        throw StorageError(
            StorageError::Kind::Generic, db.path(),
            tr("cannot undo the import: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

} // namespace kizuna
