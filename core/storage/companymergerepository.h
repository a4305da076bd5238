#pragma once

#include "domain/companymerge.h"

#include <QList>

#include <optional>

namespace kizuna {

class Database;

/// The record of company merges (tables company_merges and company_merge_contacts) and the
/// writes that take a merge back. The record copies the absorbed company's row and the kept
/// company's reading and stamp as they were, so an undo writes back the very values.
/// The caller owns the transaction.
class CompanyMergeRepository final
{
public:
    explicit CompanyMergeRepository(const Database &db);

    /// Records a merge about to happen: both companies must still be as they are before it.
    qint64 record(qint64 keptId, qint64 absorbedId, const QList<qint64> &movedContactIds);
    std::optional<CompanyMerge> find(qint64 mergeId) const;
    /// The newest merge on record; nullopt when none is.
    std::optional<qint64> latest() const;

    /// True when a company holds the absorbed company's id or match key again.
    bool absorbedTaken(qint64 mergeId) const;
    /// Puts the absorbed company's row back as recorded, its people who are still at the kept
    /// company back on it, and the kept company's reading and stamp as they were; then drops
    /// the record.
    void revert(qint64 mergeId);

private:
    const Database &m_db;
};

} // namespace kizuna
