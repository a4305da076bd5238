#pragma once

#include <QByteArrayList>
#include <QByteArrayView>
#include <QSqlQuery>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace kizuna {

class Database;

/// A read-only statement run through SQLite's own interface, for the few reads of millions of
/// rows (the funnel's whole stage history) where Qt SQL's QVariant per value costs more than
/// the read itself. Values are bound by position; errors become StorageErrors naming the file.
/// On a server there is no such interface: the statement runs as a forward-only QSqlQuery.
class RawStatement final
{
public:
    RawStatement(const Database &db, const QString &sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    /// Binds the `index`th parameter (from 1).
    void bind(int index, const QString &value);

    /// Moves to the next row; false after the last. Throws StorageError.
    bool next();

    qint64 integer(int column) const;
    bool isNull(int column) const;
    /// The column's UTF-8 bytes, valid until the next call to next().
    QByteArrayView text(int column) const;

private:
    [[noreturn]] void fail(int code) const;

    const Database &m_db;
    QString m_sql;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query; ///< on a server
    bool m_started = false;
    /// On a server, the texts read from the current row, kept until the next one.
    mutable QByteArrayList m_texts;
};

} // namespace kizuna
