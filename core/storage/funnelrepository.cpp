#include "funnelrepository.h"

#include "database.h"
#include "rawstatement.h"
#include "text/textnormalizer.h"

#include <QDate>

#include <algorithm>
#include <unordered_map>

namespace kizuna {

namespace {

// A stage key's Stage value without making a QString per row: the keys differ in their
// first letter but for loyal and lost.
qint8 stageNumber(QByteArrayView key)
{
    if (key.isEmpty())
        return -1;
    switch (key.front()) {
    case 'c':
        return key.size() == 4 ? 0 : 3; // cold, customer
    case 'w':
        return 1;
    case 'h':
        return 2;
    case 'l':
        return key.size() == 5 ? 4 : 5; // loyal, lost
    default:
        return -1;
    }
}

// "2026-11-24" as a Julian day; dates are stored in ISO form, validated on the way in.
qint32 julianDay(QByteArrayView iso)
{
    if (iso.size() < 10)
        return 0;
    const auto digits = [&iso](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i)
            value = value * 10 + (iso.at(i) - '0');
        return value;
    };
    return qint32(QDate(digits(0, 4), digits(5, 2), digits(8, 2)).toJulianDay());
}

struct RawStep
{
    qint64 contactId;
    FunnelHistory::Step step;
};

std::vector<qint64> idsOf(RawStatement &q)
{
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.integer(0));
    return ids;
}

} // namespace

FunnelRepository::FunnelRepository(const Database &db)
    : m_db(db)
{}

FunnelHistory FunnelRepository::load() const
{
    FunnelHistory history;

    std::vector<qint64> trashed;
    RawStatement trash(m_db,
                       QStringLiteral("SELECT id FROM contacts WHERE deleted_at IS NOT NULL"));
    while (trash.next())
        trashed.push_back(trash.integer(0));
    std::sort(trashed.begin(), trashed.end());

    // SQLite reads this from the narrow source index rather than the wide contact rows.
    std::vector<FunnelHistory::Lead> contacts;
    RawStatement live(m_db, QStringLiteral("SELECT id, coalesce(source_id, 0) FROM contacts"));
    while (live.next()) {
        const qint64 id = live.integer(0);
        if (!std::binary_search(trashed.begin(), trashed.end(), id))
            contacts.push_back({id, live.integer(1), 0, 0});
    }
    std::sort(contacts.begin(), contacts.end(),
              [](const auto &a, const auto &b) { return a.contactId < b.contactId; });
    std::unordered_map<qint64, quint32> slotOf;
    slotOf.reserve(contacts.size());
    for (quint32 i = 0; i < contacts.size(); ++i)
        slotOf.emplace(contacts[i].contactId, i);

    // In id order, so steps of one day stay in the order they were recorded: SQLite's table
    // order is id order already, a server's is not.
    std::vector<std::pair<quint32, FunnelHistory::Step>> raw;
    RawStatement steps(m_db, QStringLiteral("SELECT contact_id, changed_on, from_stage, to_stage "
                                            "FROM stage_changes ORDER BY id"));
    while (steps.next()) {
        const auto found = slotOf.find(steps.integer(0));
        if (found == slotOf.end())
            continue; // in the trash
        FunnelHistory::Step step;
        step.day = julianDay(steps.text(1));
        step.from = stageNumber(steps.text(2));
        step.to = stageNumber(steps.text(3));
        raw.emplace_back(found->second, step);
        ++contacts[found->second].stepCount;
    }

    // Group by contact (a counting sort), then order each contact's few steps by day.
    quint32 next = 0;
    for (FunnelHistory::Lead &lead : contacts) {
        lead.firstStep = next;
        next += lead.stepCount;
    }
    history.steps.resize(raw.size());
    std::vector<quint32> filled(contacts.size(), 0);
    for (const auto &[slot, step] : raw)
        history.steps[contacts[slot].firstStep + filled[slot]++] = step;
    raw = {};
    for (const FunnelHistory::Lead &lead : contacts) {
        if (lead.stepCount == 0)
            continue;
        const auto begin = history.steps.begin() + lead.firstStep;
        std::stable_sort(begin, begin + lead.stepCount,
                         [](const auto &a, const auto &b) { return a.day < b.day; });
        history.leads.push_back(lead);
    }

    RawStatement wins(m_db, QStringLiteral("SELECT contact_id, coalesce(closed_on, created_on), "
                                           "amount FROM deals WHERE status = 'won' ORDER BY "
                                           "contact_id"));
    while (wins.next()) {
        if (slotOf.count(wins.integer(0)))
            history.wins.push_back({wins.integer(0), julianDay(wins.text(1)), wins.integer(2)});
    }
    return history;
}

std::vector<qint64> FunnelRepository::contactsTagged(const QString &tag) const
{
    RawStatement q(m_db, QStringLiteral("SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON "
                                        "t.id = ct.tag_id WHERE t.match_key = ? ORDER BY "
                                        "ct.contact_id"));
    q.bind(1, TextNormalizer::fold(tag));
    return idsOf(q);
}

std::vector<qint64> FunnelRepository::contactsOwnedBy(const QString &owner) const
{
    RawStatement q(m_db, QStringLiteral("SELECT id FROM contacts WHERE owner = ? ORDER BY id"));
    q.bind(1, owner.trimmed());
    return idsOf(q);
}

} // namespace kizuna
