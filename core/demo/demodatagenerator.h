#pragma once

#include "domain/contact.h"
#include "domain/source.h"

#include <QDate>
#include <QList>

namespace kizuna {

/// Realistic Japanese business cards for the demo database and the benchmarks.
///
/// Deterministic: contact(i) depends only on the seed, "today" and i, never on call order,
/// so a benchmark can regenerate any row of a million-row data set without storing it.
/// About 85% of the cards carry readings; the rest leave them to the reading guesser, as
/// cards typed in by hand do. A card agrees with itself: its date falls on the event it came
/// from, its tags and notes fit its source and stage, board members name no department.
/// Cheap enough to call a million times; thread-safe.
class DemoDataGenerator final
{
public:
    DemoDataGenerator(quint32 seed, QDate today);

    Contact contact(qint64 index) const;
    /// The lead sources the contacts name: trade shows, referrals, web, seminar, ads.
    QList<Source> sources() const;

private:
    quint32 m_seed;
    QDate m_today;
    QList<Source> m_sources;
};

} // namespace kizuna
