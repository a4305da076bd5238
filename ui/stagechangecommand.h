#pragma once

#include "domain/stage.h"

#include "domain/stagechange.h"
#include "storagecommand.h"

#include <QList>

namespace kizuna {

class ContactService;

/// Moves contacts to another stage (StageService::change, a step in the stage history for
/// each, all in one transaction). Undo takes those steps out of the history again
/// (StageService::undoChanges), so the funnel never counts a stage picked by mistake; it is
/// refused, changing nothing, when any of the contacts was moved since.
class StageChangeCommand final : public StorageCommand
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::StageChangeCommand)

public:
    /// One contact; `name` is its name as shown. `service` must outlive the command.
    StageChangeCommand(ContactService &service, QWidget *window, qint64 contactId,
                       const QString &name, Stage to);
    /// The contacts selected in the list, in one step.
    StageChangeCommand(ContactService &service, QWidget *window, const QList<qint64> &contactIds,
                       Stage to);

    /// How many contacts the last redo moved (those already at the stage do not count).
    qsizetype moved() const { return m_steps.size(); }

private:
    void apply() override;
    void revert() override;

    ContactService &m_service;
    QList<qint64> m_contactIds;
    Stage m_to;
    QList<StageChange> m_steps; ///< what the last redo recorded: what undo takes back
};

} // namespace kizuna
