#pragma once

#include "domain/company.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace kizuna {

class Database;

/// Companies: one row per firm, found by its match key (see companyMatchKey), so cards that
/// spell the legal form differently land on the same company.
class CompanyRepository final
{
public:
    explicit CompanyRepository(const Database &db);

    /// The id of the company this name denotes, created if new; 0 for an empty name.
    /// An existing company keeps the spelling it was first stored with.
    qint64 findOrCreate(const QString &name, const QString &nameKana = {});
    std::optional<Company> find(qint64 id) const;
    /// Every company with its number of people (not counting the trash), in reading order.
    QList<Company> list() const;
    /// Every company's name in reading order, without counting people: cheap enough for
    /// completing a name as it is typed.
    QStringList names() const;
    /// Ids of the people at a company, including those in the trash.
    QList<qint64> contactIds(qint64 companyId) const;

    /// Puts every person at one company (those in the trash too) at another. Their search
    /// documents and match keys are the caller's to rewrite.
    void moveContacts(qint64 fromCompanyId, qint64 toCompanyId);
    /// Stamps a company as changed now, giving it this reading when it has none.
    void touch(qint64 companyId, const QString &readingIfNone);
    /// Deletes a company that nobody works for any more.
    void remove(qint64 companyId);

private:
    const Database &m_db;
};

} // namespace kizuna
