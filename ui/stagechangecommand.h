#pragma once

#include "domain/stage.h"

#include "storagecommand.h"

namespace kizuna {

class ContactService;

/// Moves one contact to another stage (StageService::set, a step in the stage history).
/// Undo takes that step out of the history again (StageService::undoChange), so the funnel
/// never counts a stage picked by mistake; it is refused when the contact was moved since.
class StageChangeCommand final : public StorageCommand
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::StageChangeCommand)

public:
    /// `name` is the contact's name as shown. `service` must outlive the command.
    StageChangeCommand(ContactService &service, QWidget *window, qint64 contactId,
                       const QString &name, Stage from, Stage to);

private:
    void apply() override;
    void revert() override;

    ContactService &m_service;
    qint64 m_contactId;
    Stage m_from;
    Stage m_to;
};

} // namespace kizuna
