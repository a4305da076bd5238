#include "demoloader.h"

#include "contacts/contactservice.h"
#include "demodatagenerator.h"
#include "demohistorywriter.h"
#include "nurture/scorekeeper.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace kizuna {

DemoLoader::DemoLoader(Database &db, ContactService &contacts, quint32 seed, const QDate &today)
    : m_db(db)
    , m_contacts(contacts)
    , m_seed(seed)
    , m_today(today)
{}

DemoLoader::Result DemoLoader::load(int count)
{
    Result result;
    const DemoDataGenerator generator(m_seed, m_today);
    SourceRepository &sources = m_contacts.repository().sources();
    {
        Transaction transaction(m_db);
        for (const Source &source : generator.sources()) {
            if (sources.findByName(source.name))
                continue;
            sources.add(source);
            ++result.sources;
        }
        transaction.commit();
    }

    const DemoHistoryWriter history(m_db, m_seed, m_today);
    constexpr int kBatch = 5000;
    for (int start = 0; start < count; start += kBatch) {
        QList<Contact> cards;
        QList<Contact> cold;
        for (int i = start; i < std::min(count, start + kBatch); ++i) {
            cards.append(generator.contact(i));
            // Stored cold: the history writer walks each lead up to its stage, step by step.
            cold.append(cards.last());
            cold.last().stage = Stage::Cold;
            // The details are as true as the card: old cards are due for a check.
            if (cards.last().cardExchangedOn.isValid())
                cold.last().detailsConfirmedAt =
                    QDateTime(cards.last().cardExchangedOn, QTime(18, 0));
        }
        const QList<qint64> ids = m_contacts.addAll(cold);
        Transaction transaction(m_db);
        for (qsizetype i = 0; i < ids.size(); ++i)
            history.write(ids.at(i), cards.at(i));
        transaction.commit();
        result.contacts += static_cast<int>(ids.size());
    }
    m_contacts.repository().optimizeSearchIndex();
    Transaction transaction(m_db);
    ScoreKeeper(m_db).recomputeAll(m_today);
    transaction.commit();
    return result;
}

} // namespace kizuna
