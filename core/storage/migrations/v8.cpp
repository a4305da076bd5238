#include "storage/schemamigrator.h"

namespace kizuna {

namespace {

// The tables a person's work writes to. Tables only derived from them (the search index,
// duplicate keys, company_stats) and records written beside them in the same transaction
// (an import's contacts, a contact's history, a merge's people) move with one of these.
const QStringList kWatchedTables{
    QStringLiteral("companies"),      QStringLiteral("sources"),
    QStringLiteral("contacts"),       QStringLiteral("tags"),
    QStringLiteral("contact_tags"),   QStringLiteral("import_batches"),
    QStringLiteral("stage_changes"),  QStringLiteral("activities"),
    QStringLiteral("follow_ups"),     QStringLiteral("deals"),
    QStringLiteral("settings"),       QStringLiteral("import_presets"),
    QStringLiteral("company_merges"),
};

} // namespace

// Version 8: every member's window learns when someone else changed the team's data.
// On a server a statement that writes to a watched table sends NOTIFY kizuna_changed with
// the table's name and the transaction's id (ChangeWatcher listens; the id tells it whether
// the window already read that transaction). Per statement, not per row, and PostgreSQL
// delivers on commit and folds the same payload sent twice in one transaction: an import of
// thousands of rows sends a handful of notifications. A file has nothing to add: SQLite has
// no notifications, and the watcher reads PRAGMA data_version instead.
Migration migrationV8()
{
    Migration m;
    m.version = 8;
    m.serverStatements = QStringList{
        QStringLiteral("CREATE FUNCTION kizuna_notify_changed() RETURNS trigger "
                       "LANGUAGE plpgsql AS $body$ BEGIN "
                       "PERFORM pg_notify('kizuna_changed', "
                       "TG_TABLE_NAME || ' ' || pg_current_xact_id()::text); "
                       "RETURN NULL; END $body$"),
    };
    for (const QString &table : kWatchedTables) {
        m.serverStatements.append(
            QStringLiteral("CREATE TRIGGER %1_notify_changed "
                           "AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                           "FOR EACH STATEMENT EXECUTE FUNCTION kizuna_notify_changed()")
                .arg(table));
    }
    return m;
}

} // namespace kizuna
