#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <memory>

namespace kizuna {
class Database;
class ContactService;
class MecabReadingGuesser;
} // namespace kizuna

namespace kizuna::cli {

/// What every command needs: the database (opened on first use, so `--help` works without
/// one), the services over it, "today", and the output streams.
class CliContext final
{
public:
    CliContext(const QString &databasePath, const QDate &today, QTextStream &out, QTextStream &err);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    Database &database();
    /// The file, for commands that must not open it (restoring over a damaged one).
    QString databasePath() const { return m_databasePath; }
    ContactService &contacts();
    QDate today() const { return m_today; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Brings the lead scores up to today (once a day: engagement points fade with age)
    /// before a command shows them.
    void refreshScores();

    /// Writes UTF-8 JSON, indented, with a final newline.
    void printJson(const QJsonValue &value);

private:
    QString m_databasePath;
    QDate m_today;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MecabReadingGuesser> m_guesser;
    std::unique_ptr<ContactService> m_contacts;
};

} // namespace kizuna::cli
