#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

class QSqlQuery;
struct sqlite3_stmt;

namespace kizuna {

class Database;

/// A read-only statement run through SQLite's own interface, for the few reads of millions of
/// rows (the funnel's whole stage history) where Qt SQL's QVariant per value costs more than
/// the read itself. Values are bound by position; errors become StorageErrors naming the file.
/// On a server it reads through a forward-only QSqlQuery with the same interface, so the
/// callers keep one spelling; only one may be read at a time on a server's connection.
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
    std::unique_ptr<QSqlQuery> m_query; // on a server
    bool m_executed = false;
    mutable std::vector<QByteArray> m_texts; // what text() handed out for the current row
};

} // namespace kizuna
