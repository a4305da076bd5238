#include "companyservice.h"

#include "storage/companylistrepository.h"
#include "storage/companymergerepository.h"
#include "storage/companypagerepository.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <utility>

namespace kizuna {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CompanyService", text);
}

// Match keys hold the company's name and search documents its name and reading: the people
// who moved get both written again, and so does everyone at the kept company when its
// reading changed.
void refresh(ContactRepository &contacts, const QList<qint64> &contactIds)
{
    for (const qint64 contactId : contactIds)
        contacts.refreshDerived(contactId);
}

} // namespace

CompanyService::CompanyService(Database &db)
    : m_db(db)
{}

QList<CompanySummary> CompanyService::page(const CompanyListQuery &query) const
{
    return CompanyListRepository(m_db).page(query);
}

qint64 CompanyService::count(const QString &search) const
{
    return CompanyListRepository(m_db).count(search);
}

CompanyPage CompanyService::companyPage(qint64 companyId) const
{
    auto page = CompanyPageRepository(m_db).load(companyId);
    if (!page)
        throw StorageError(StorageError::Kind::NotFound, m_db.path(),
                           tr("no company with id %1").arg(companyId));
    return *page;
}

CompanyMerge CompanyService::merge(qint64 keptId, qint64 absorbedId)
{
    if (keptId == absorbedId)
        throw ValidationError(QStringLiteral("company"),
                              tr("a company cannot be merged into itself"));
    Transaction transaction(m_db);
    ContactRepository contacts(m_db);
    CompanyRepository &companies = contacts.companies();
    const auto kept = companies.find(keptId);
    const auto absorbed = companies.find(absorbedId);
    for (const auto &[company, id] : {std::pair{&kept, keptId}, std::pair{&absorbed, absorbedId}}) {
        if (!*company)
            throw StorageError(StorageError::Kind::NotFound, m_db.path(),
                               tr("no company with id %1").arg(id));
    }
    CompanyMergeRepository merges(m_db);
    const QList<qint64> moved = companies.contactIds(absorbedId);
    const qint64 mergeId = merges.record(keptId, absorbedId, moved);
    companies.moveContacts(absorbedId, keptId);
    companies.touch(keptId, absorbed->nameKana);
    companies.remove(absorbedId);
    const CompanyMerge done = *merges.find(mergeId);
    refresh(contacts, done.readingFilled ? companies.contactIds(keptId) : moved);
    transaction.commit();
    return done;
}

CompanyMerge CompanyService::undoMerge(qint64 mergeId)
{
    Transaction transaction(m_db);
    CompanyMergeRepository merges(m_db);
    const auto merge = merges.find(mergeId);
    if (!merge)
        throw StorageError(StorageError::Kind::NotFound, m_db.path(),
                           tr("no company merge %1 to undo").arg(mergeId));
    if (merges.absorbedTaken(mergeId))
        throw StorageError(StorageError::Kind::Conflict, m_db.path(),
                           tr("a company named %1 was added after the merge; undoing it would "
                              "make two of them")
                               .arg(merge->absorbedName));
    merges.revert(mergeId);
    ContactRepository contacts(m_db);
    QList<qint64> touched = contacts.companies().contactIds(merge->absorbedId);
    if (merge->readingFilled)
        touched += contacts.companies().contactIds(merge->keptId);
    refresh(contacts, touched);
    transaction.commit();
    return *merge;
}

std::optional<qint64> CompanyService::latestMerge() const
{
    return CompanyMergeRepository(m_db).latest();
}

} // namespace kizuna
