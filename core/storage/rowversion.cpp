#include "rowversion.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace kizuna::rowversion {

QString columns(const QString &alias)
{
    return QStringLiteral("%1.created_by, %1.changed_by, %1.row_version").arg(alias);
}

Authorship from(const QSqlQuery &q, int first)
{
    Authorship a;
    a.createdBy = q.value(first).toString();
    a.changedBy = q.value(first + 1).toString();
    a.version = q.value(first + 2).toLongLong();
    return a;
}

void failSave(const Database &db, const QString &table, qint64 id, const QString &what)
{
    // The table is one of ours, named by the repository, never input.
    QSqlQuery q = db.prepare(QStringLiteral("SELECT changed_by FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    db.exec(q);
    if (!q.next())
        throw StorageError(
            StorageError::Kind::NotFound, db.path(),
            QCoreApplication::translate("RowVersion", "%1 no longer exists").arg(what));
    const QString by = q.value(0).toString();
    throw StorageError(
        StorageError::Kind::Conflict, db.path(),
        by.isEmpty()
            ? QCoreApplication::translate("RowVersion",
                                          "%1 was saved by someone else since it was read; "
                                          "nothing was saved: open it again")
                  .arg(what)
            : QCoreApplication::translate("RowVersion", "%1 was saved by %2 since it was read; "
                                                        "nothing was saved: open it again")
                  .arg(what, by));
}

} // namespace kizuna::rowversion
