#pragma once

#include "domain/companymerge.h"
#include "domain/companypage.h"
#include "domain/companysummary.h"
#include "storage/companylistquery.h"

#include <QList>

#include <optional>

namespace kizuna {

class Database;

/// Companies for the CLI and the UI: the list, a company's page, and merging two companies
/// that are one firm. A merge is one transaction and one undoable step: it is recorded, and
/// undoing it (also later, also from another program) puts every row back as it was.
/// Throws StorageError or ValidationError.
class CompanyService final
{
public:
    explicit CompanyService(Database &db);

    QList<CompanySummary> page(const CompanyListQuery &query) const;
    qint64 count(const QString &search) const;
    /// Throws StorageError(NotFound) when there is no such company.
    CompanyPage companyPage(qint64 companyId) const;

    /// Absorbs one company into another: its people (with their deals, follow-ups and
    /// history) move to the kept company, which keeps its name and reading and takes the
    /// absorbed one's reading only when it has none; the absorbed company is removed. The
    /// moved people's search documents and duplicate keys follow their new company.
    CompanyMerge merge(qint64 keptId, qint64 absorbedId);
    /// Takes a recorded merge back: the absorbed company returns with its id and fields, the
    /// people it had who are still at the kept company return to it, and the kept company's
    /// reading and stamp are as before. Throws StorageError(NotFound) for an unknown merge and
    /// StorageError(Conflict) when a company with the absorbed one's name exists again.
    CompanyMerge undoMerge(qint64 mergeId);
    /// The newest merge that can still be undone.
    std::optional<qint64> latestMerge() const;

private:
    Database &m_db;
};

} // namespace kizuna
