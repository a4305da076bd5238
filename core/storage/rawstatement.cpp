#include "rawstatement.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace kizuna {

RawStatement::RawStatement(const Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    if (m_db.isServer()) {
        m_query = std::make_unique<QSqlQuery>(m_db.prepare(sql));
        m_query->setForwardOnly(true);
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int code = sqlite3_prepare_v2(m_db.handle(), utf8.constData(), int(utf8.size()),
                                        &m_statement, nullptr);
    if (code != SQLITE_OK)
        fail(code);
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::bind(int index, const QString &value)
{
    if (m_query) {
        m_query->bindValue(index - 1, value);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    const int code =
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (code != SQLITE_OK)
        fail(code);
}

bool RawStatement::next()
{
    if (m_query) {
        if (!m_executed) {
            m_db.exec(*m_query);
            m_executed = true;
        }
        m_texts.clear();
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            m_db.fail(*m_query, m_sql);
        return false;
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    fail(code);
}

qint64 RawStatement::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

bool RawStatement::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView RawStatement::text(int column) const
{
    if (m_query) {
        if (m_texts.size() <= std::size_t(column))
            m_texts.resize(std::size_t(column) + 1);
        m_texts[std::size_t(column)] = m_query->value(column).toString().toUtf8();
        return m_texts[std::size_t(column)];
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return {bytes, sqlite3_column_bytes(m_statement, column)};
}

void RawStatement::fail(int code) const
{
    // The same words and kinds as a failed QSqlQuery, so callers handle one error type.
    const QSqlError error(QStringLiteral("SQLite"),
                          QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                          QSqlError::StatementError, QString::number(code));
    m_db.fail(error, m_sql);
}

} // namespace kizuna
