#include "mergecompaniescommand.h"

#include "contacts/companyservice.h"

#include <utility>

namespace kizuna {

MergeCompaniesCommand::MergeCompaniesCommand(CompanyService &service, QWidget *window,
                                             qint64 keptId, const QString &keptName,
                                             qint64 absorbedId, const QString &absorbedName,
                                             std::function<void()> changed)
    : StorageCommand(window, tr("merge of %1 into %2").arg(absorbedName, keptName), false)
    , m_service(service)
    , m_keptId(keptId)
    , m_absorbedId(absorbedId)
    , m_changed(std::move(changed))
{}

void MergeCompaniesCommand::apply()
{
    m_mergeId = m_service.merge(m_keptId, m_absorbedId).id;
    m_changed();
}

void MergeCompaniesCommand::revert()
{
    m_service.undoMerge(m_mergeId);
    m_mergeId = 0;
    m_changed();
}

} // namespace kizuna
