#include "storage/schemamigrator.h"

namespace kizuna {

namespace {

// Who made a row and who last changed it (a user name: the server's login role, or the
// desktop's login on a file), and a version that every change moves on by one: a save names
// the version it read, so two people saving the same row at once cannot overwrite each other
// unseen. Rows from before this version were made by nobody known ('').
QStringList authorshipColumns(const QString &table, const QString &textType,
                              const QString &integerType)
{
    return QStringList{
        QStringLiteral("ALTER TABLE %1 ADD COLUMN created_by %2 NOT NULL DEFAULT ''")
            .arg(table, textType),
        QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by %2 NOT NULL DEFAULT ''")
            .arg(table, textType),
        QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version %2 NOT NULL DEFAULT 1")
            .arg(table, integerType),
    };
}

QStringList statements(const QString &textType, const QString &integerType)
{
    QStringList s;
    for (const QString &table :
         {QStringLiteral("contacts"), QStringLiteral("follow_ups"), QStringLiteral("deals")})
        s += authorshipColumns(table, textType, integerType);
    // A lead's owner; a follow-up's is its assigned_to (version 3), whose open ones are counted
    // by day per person, so the agenda's "mine" counts cost what "everyone" does. Lead lists
    // filter the owner along their own indexes (most leads are one's own or nobody's); the
    // owners' index gives the list of users.
    s += QStringLiteral("ALTER TABLE contacts ADD COLUMN owner %1 NOT NULL DEFAULT ''")
             .arg(textType);
    s += QStringLiteral("CREATE INDEX contacts_by_owner ON contacts(owner) "
                        "WHERE deleted_at IS NULL");
    s += QStringLiteral("CREATE INDEX follow_ups_open_by_assignee "
                        "ON follow_ups(assigned_to, due_on, id) WHERE status = 'open'");
    return s;
}

} // namespace

// Version 6: several people at once (a team's server): authorship, row versions and owners.
Migration migrationV6()
{
    Migration m;
    m.version = 6;
    m.statements = statements(QStringLiteral("TEXT"), QStringLiteral("INTEGER"));
    m.serverStatements = statements(QStringLiteral("TEXT COLLATE \"C\""), QStringLiteral("BIGINT"));
    return m;
}

} // namespace kizuna
