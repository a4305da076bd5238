#pragma once

#include "domain/contact.h"

#include <QDate>

namespace kizuna {

class Database;

/// Gives a demo contact a believable past: the way from cold to the stage it stands at,
/// touches along the way, deals for customers and hot leads, and follow-ups ahead (some
/// overdue, some due today, a few leads dropped), so every screen and report has something
/// real to show. Deterministic per (seed, contact). Writes inside the caller's transaction.
class DemoHistoryWriter final
{
public:
    DemoHistoryWriter(const Database &db, quint32 seed, const QDate &today);

    /// `card` is the contact as generated, `id` the row it was stored as (at stage cold);
    /// its stage moves step by step to card.stage.
    void write(qint64 id, const Contact &card) const;

private:
    const Database &m_db;
    quint32 m_seed;
    QDate m_today;
};

} // namespace kizuna
