#pragma once

#include "storagecommand.h"

#include <functional>

namespace kizuna {

class CompanyService;

/// Merges one company into another (CompanyService::merge) as one step on the undo stack;
/// undo takes the recorded merge back exactly (CompanyService::undoMerge) and redo merges
/// again. `changed` runs after each write that went through.
class MergeCompaniesCommand final : public StorageCommand
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::MergeCompaniesCommand)

public:
    /// `service` must outlive the command.
    MergeCompaniesCommand(CompanyService &service, QWidget *window, qint64 keptId,
                          const QString &keptName, qint64 absorbedId, const QString &absorbedName,
                          std::function<void()> changed);

    /// The merge on record while the step is done; 0 before and after undoing it.
    qint64 mergeId() const { return m_mergeId; }

private:
    void apply() override;
    void revert() override;

    CompanyService &m_service;
    qint64 m_keptId;
    qint64 m_absorbedId;
    qint64 m_mergeId = 0;
    std::function<void()> m_changed;
};

} // namespace kizuna
