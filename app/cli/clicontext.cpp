#include "clicontext.h"

#include "contacts/contactservice.h"
#include "nurture/scorekeeper.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "text/mecabreadingguesser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kizuna::cli {

CliContext::CliContext(const QString &databasePath, const QDate &today, QTextStream &out,
                       QTextStream &err)
    : m_databasePath(databasePath)
    , m_today(today)
    , m_out(out)
    , m_err(err)
{}

CliContext::~CliContext() = default;

Database &CliContext::database()
{
    if (!m_database)
        m_database = std::make_unique<Database>(m_databasePath);
    return *m_database;
}

ContactService &CliContext::contacts()
{
    if (!m_contacts) {
        m_guesser = std::make_unique<MecabReadingGuesser>();
        if (!m_guesser->isAvailable())
            m_err << QStringLiteral("warning: readings cannot be guessed: ")
                  << m_guesser->errorString() << Qt::endl;
        m_contacts = std::make_unique<ContactService>(
            database(), m_guesser->isAvailable() ? m_guesser.get() : nullptr);
        m_contacts->setToday(m_today);
    }
    return *m_contacts;
}

void CliContext::refreshScores()
{
    Transaction transaction(database());
    if (ScoreKeeper(database()).refreshIfStale(m_today))
        transaction.commit();
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace kizuna::cli
