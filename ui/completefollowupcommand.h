#pragma once

#include "followupdone.h"
#include "storagecommand.h"

namespace kizuna {

class Database;

/// A follow-up done on the agenda. Undo takes the completion back in one transaction
/// (FollowUpService::undoCompletion: the touch and the follow-up it scheduled are deleted,
/// the follow-up is open again); redo does it again with the same words and next step.
class CompleteFollowUpCommand final : public StorageCommand
{
    Q_DECLARE_TR_FUNCTIONS(kizuna::CompleteFollowUpCommand)

public:
    /// `done` was already written. `db` must outlive the command.
    CompleteFollowUpCommand(Database &db, QWidget *window, const FollowUpDone &done);

private:
    void apply() override;
    void revert() override;

    Database &m_db;
    FollowUpDone m_done;
};

} // namespace kizuna
