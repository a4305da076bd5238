#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kizuna {

class Database;

/// One forward step of the schema: the statements that take a database from version - 1 to
/// version. Steps are never edited once released; a change is a new step.
struct Migration
{
    int version = 0;
    QStringList statements;
    /// The same step in PostgreSQL's words, for a server database (steps after
    /// postgresBaseline()).
    QStringList serverStatements;
    /// Work SQL alone cannot do (folding text, rebuilding the search index), run after the
    /// statements of every pending step, in the same transaction; may be empty.
    std::function<void(const Database &)> code;
};

/// Brings a database's schema forward in one transaction, recording the version reached in
/// PRAGMA user_version (kizuna_schema on a server): an interrupted upgrade leaves the
/// database at its old version. A new server database starts from postgresBaseline().
class SchemaMigrator final
{
public:
    explicit SchemaMigrator(const Database &db);

    /// Every step, in order. Version N is at index N - 1.
    static const QList<Migration> &migrations();
    static int latestVersion();

    /// Applies the steps after the current version up to `targetVersion`.
    void migrate(int targetVersion) const;

private:
    const Database &m_db;
};

/// The steps, one function per version (core/storage/migrations/vN.cpp).
Migration migrationV1();
Migration migrationV2();
Migration migrationV3();
Migration migrationV4();
Migration migrationV5();
Migration migrationV6();
Migration migrationV7();
Migration migrationV8();
Migration migrationV9();
Migration migrationV10();
Migration migrationV11();
/// The whole schema of version 5 for a new server database (migrations/postgresbaseline.cpp).
Migration postgresBaseline();

} // namespace kizuna
